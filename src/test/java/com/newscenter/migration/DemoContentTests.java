package com.newscenter.migration;

import java.util.List;

import java.util.Map;
import java.util.stream.Collectors;

import com.newscenter.banner.BannerService;
import com.newscenter.category.CategoryService;
import com.newscenter.news.ArticleFilter;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.search.SearchService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty database is filled with the bilingual demo site on first start.
 */
@SpringBootTest(properties = "newscenter.demo-content=true")
class DemoContentTests {

	@Autowired
	ArticleService articles;

	@Autowired
	CategoryService categories;

	@Autowired
	BannerService banners;

	@Autowired
	SiteSettingsService settings;

	@Autowired
	DemoContentLoader loader;

	@Autowired
	SearchService search;

	@Test
	void fillsAnEmptyDatabaseWithBilingualContent() throws Exception {
		assertThat(this.articles.published("en", null, 1, 100).total()).isGreaterThanOrEqualTo(12);
		assertThat(this.articles.published("zh", null, 1, 100).total()).isGreaterThanOrEqualTo(12);
		assertThat(this.categories.findAll()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.banners.showing("en")).hasSizeBetween(3, 5);
		assertThat(this.banners.showing("zh")).hasSizeBetween(3, 5);
		assertThat(this.settings.get().icpLicense()).isNotBlank();
		assertThat(this.settings.get().siteName("zh")).isNotBlank();
		Map<Long, Long> perCategory = this.articles.published("en", null, 1, 100)
			.items()
			.stream()
			.flatMap((a) -> a.categoryIds().stream())
			.collect(Collectors.groupingBy((id) -> id, Collectors.counting()));
		assertThat(perCategory).hasSizeGreaterThanOrEqualTo(3);
		ArticleSummary first = this.articles.published("zh", null, 1, 1).items().get(0);
		assertThat(this.articles.translations(first.translationGroup(), true)).containsKeys("en", "zh");
	}

	@Test
	void theBackOfficeListOpensWithTheNewestArticlesAsTheSiteDoes() {
		ArticleFilter everything = new ArticleFilter(null, "en", null, null, null, null, null);
		List<Long> backOffice = this.articles.filtered(everything, 1, 5)
			.items()
			.stream()
			.map(ArticleSummary::id)
			.toList();
		List<Long> site = this.articles.published("en", null, 1, 5).items().stream().map(ArticleSummary::id).toList();
		assertThat(backOffice).isEqualTo(site);
	}

	@Test
	void theDemoIsSearchableFromTheStartWithoutARebuild() {
		assertThat(this.search.indexedArticles()).isEqualTo(this.search.publishedArticles()).isPositive();
		assertThat(this.search.rebuildStatus().startedAt()).isNull();
	}

	@Test
	void loadsOnlyIntoAnEmptyDatabase() throws Exception {
		long before = this.articles.published("en", null, 1, 100).total();

		this.loader.afterSingletonsInstantiated();

		assertThat(this.articles.published("en", null, 1, 100).total()).isEqualTo(before);
	}

}
