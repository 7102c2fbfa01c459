package com.newscenter.category;

import java.util.List;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.news.CategoryArticles;
import com.newscenter.support.Staff;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The category rules against a real database — nesting, reordering, deleting and moving
 * articles — run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest
abstract class CategoryServiceTests {

	private static final Actor EDITOR = Staff.actor(Role.EDITOR);

	@Autowired
	CategoryService categories;

	@Autowired
	CategoryArticles categoryArticles;

	@Autowired
	ArticleService articles;

	@Autowired
	AuditLog audit;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void listsParentsBeforeTheirChildrenAndReordersSiblings() {
		create("news", null);
		create("sport", null);
		create("culture", null);
		create("local", "news");
		Category world = create("world", "news");

		this.categories.move(id("culture"), true, EDITOR);
		this.categories.move(world.id(), true, EDITOR);

		assertThat(slugs()).containsExactly("news", "world", "local", "culture", "sport");
		assertThat(this.categories.tree().level(world.id())).isEqualTo(2);
	}

	@Test
	void movingTheFirstUpOrTheLastDownChangesNothing() {
		create("first", null);
		create("last", null);

		this.categories.move(id("first"), true, EDITOR);
		this.categories.move(id("last"), false, EDITOR);

		assertThat(slugs()).containsExactly("first", "last");
	}

	@Test
	void aCategoryMovedUnderAnotherComesLastAmongItsNewSiblings() {
		create("news", null);
		create("local", "news");
		Category sport = create("sport", null);

		this.categories.setParent(sport.id(), id("news"), EDITOR);

		assertThat(slugs()).containsExactly("news", "local", "sport");
		this.categories.setParent(sport.id(), null, EDITOR);
		assertThat(slugs()).containsExactly("news", "local", "sport");
		assertThat(this.categories.findBySlug("sport").orElseThrow().parentId()).isNull();
	}

	@Test
	void refusesCyclesAndNestingDeeperThanThreeLevels() {
		Category a = create("a", null);
		Category b = create("b", "a");
		Category c = create("c", "b");
		Category e = create("e", null);
		create("f", "e");

		assertBadField("parent", () -> this.categories.setParent(a.id(), c.id(), EDITOR));
		assertBadField("parent", () -> this.categories.setParent(a.id(), a.id(), EDITOR));
		assertBadField("parent", () -> create("d", "c"));
		assertBadField("parent", () -> this.categories.setParent(e.id(), b.id(), EDITOR));

		this.categories.setParent(e.id(), a.id(), EDITOR);
		assertThat(this.categories.tree().level(id("f"))).isEqualTo(3);
	}

	@Test
	void renamesPerLanguage() {
		Category news = create("news", null);

		this.categories.rename(news.id(), Map.of("en", " Harbour news ", "zh", "港口新闻"), EDITOR);

		Category renamed = this.categories.findById(news.id()).orElseThrow();
		assertThat(renamed.name("en")).isEqualTo("Harbour news");
		assertThat(renamed.name("zh")).isEqualTo("港口新闻");
		assertBadField("names", () -> this.categories.rename(news.id(), Map.of("en", " "), EDITOR));
		assertBadField("names", () -> this.categories.rename(news.id(), Map.of("fr", "Nouvelles"), EDITOR));
	}

	@Test
	void deleteIsRefusedWhileArticlesRemainAndMovesThemToTheChosenCategory() {
		Article onlyOld = this.content.article("en").categories("old").create();
		Article both = this.content.article("zh").categories("old", "target").create();
		Category old = this.content.category("old");
		Category target = this.content.category("target");
		assertThat(this.articles.find(onlyOld.id()).orElseThrow().categoryIds()).containsExactly(old.id());

		assertBadField("target", () -> this.categories.delete(old.id(), null, EDITOR));
		assertBadField("target", () -> this.categories.delete(old.id(), old.id(), EDITOR));
		assertThat(this.categoryArticles.count(old.id())).isEqualTo(2);

		this.categories.delete(old.id(), target.id(), EDITOR);

		assertThat(this.categories.findById(old.id())).isEmpty();
		assertThat(this.categoryArticles.count(target.id())).isEqualTo(2);
		assertThat(this.articles.find(onlyOld.id()).orElseThrow().categoryIds()).containsExactly(target.id());
		assertThat(this.articles.find(both.id()).orElseThrow().categoryIds()).containsExactly(target.id());
		assertThat(ids(this.articles.published("en", target, 1, 10).items())).containsExactly(onlyOld.id());
		assertThat(ids(this.articles.published("zh", target, 1, 10).items())).containsExactly(both.id());
	}

	@Test
	void deletesAnEmptyCategoryButNotOneWithSubcategories() {
		Category parent = create("parent", null);
		Category child = create("child", "parent");

		assertBadField("category", () -> this.categories.delete(parent.id(), null, EDITOR));

		this.categories.delete(child.id(), null, EDITOR);
		this.categories.delete(parent.id(), null, EDITOR);
		assertThat(this.categories.findAll()).isEmpty();
	}

	@Test
	void authorsMayNotChangeCategories() {
		Actor author = Staff.actor(Role.AUTHOR);
		Category news = create("news", null);

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.categories.create("x", Map.of("en", "X"), null, author));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.categories.rename(news.id(), Map.of("en", "Y"), author));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.categories.move(news.id(), true, author));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.categories.setParent(news.id(), null, author));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.categories.delete(news.id(), null, author));
		assertThat(slugs()).containsExactly("news");
	}

	@Test
	void everyWriteIsAudited() {
		Category news = create("news", null);
		Category sport = create("sport", null);
		this.categories.rename(news.id(), Map.of("en", "Harbour news"), EDITOR);
		this.categories.move(sport.id(), true, EDITOR);
		this.categories.setParent(sport.id(), news.id(), EDITOR);
		this.categories.delete(sport.id(), null, EDITOR);

		List<AuditEntry> entries = this.audit.page(1, 6);
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("category.delete", "category.parent", "category.reorder", "category.rename",
					"category.create", "category.create");
		assertThat(entries).extracting(AuditEntry::actor).containsOnly(EDITOR.username());
		assertThat(entries.get(0).target()).isEqualTo("category:" + sport.id());
		assertThat(entries.get(3).detail()).contains("Harbour news");
	}

	private Category create(String slug, String parent) {
		return this.categories.create(slug, Map.of("en", "EN " + slug, "zh", "中文 " + slug), parent, EDITOR);
	}

	private long id(String slug) {
		return this.categories.findBySlug(slug).orElseThrow().id();
	}

	private List<String> slugs() {
		return this.categories.findAll().stream().map(Category::slug).toList();
	}

	private static List<Long> ids(List<ArticleSummary> summaries) {
		return summaries.stream().map(ArticleSummary::id).toList();
	}

	private static void assertBadField(String field, Runnable call) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

}
