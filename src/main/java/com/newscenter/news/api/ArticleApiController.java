package com.newscenter.news.api;

import java.net.URI;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.news.PageResult;
import com.newscenter.news.StaffArticles;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The articles of the JSON API: public reads of published articles, writes for staff.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

	private final ArticleService articles;

	private final StaffArticles staffArticles;

	private final ArticleEditor editor;

	private final CategoryService categories;

	private final Languages languages;

	private final ArticleJsonAssembler json;

	private final NewsCenterProperties properties;

	ArticleApiController(ArticleService articles, StaffArticles staffArticles, ArticleEditor editor,
			CategoryService categories, Languages languages, ArticleJsonAssembler json,
			NewsCenterProperties properties) {
		this.articles = articles;
		this.staffArticles = staffArticles;
		this.editor = editor;
		this.categories = categories;
		this.languages = languages;
		this.json = json;
		this.properties = properties;
	}

	@GetMapping
	ArticleListJson list(@RequestParam(required = false) String lang, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
		// without lang: the published articles of every language
		String language = (lang != null) ? this.languages.require(lang) : null;
		if (page < 1) {
			throw new BadRequestException("page", "page must be 1 or more");
		}
		if (size < 1 || size > this.properties.api().maxPageSize()) {
			throw new BadRequestException("size", "size must be between 1 and " + this.properties.api().maxPageSize());
		}
		Category filter = null;
		if (category != null) {
			filter = this.categories.findBySlug(category)
				.orElseThrow(() -> new NotFoundException("error.categoryNotFound", category));
		}
		PageResult<ArticleSummary> result = this.articles.published(language, filter, page, size);
		return new ArticleListJson(result.items().stream().map(this.json::summary).toList(), page, size,
				result.total());
	}

	@GetMapping("/{id}")
	ArticleJson one(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		Article article = (staff != null) ? this.staffArticles.find(id, Actor.of(staff))
				: this.articles.findPublished(id);
		return this.json.full(article, staff != null);
	}

	@PostMapping
	ResponseEntity<ArticleJson> create(@RequestBody ArticleInput input, @AuthenticationPrincipal StaffPrincipal staff) {
		Article article = this.editor.create(input, Actor.of(staff));
		return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id()))
			.body(this.json.full(article, true));
	}

	@PatchMapping("/{id}")
	ArticleJson update(@PathVariable long id, @RequestBody ArticleInput input,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return this.json.full(this.editor.update(id, input, Actor.of(staff)), true);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		this.editor.delete(id, Actor.of(staff));
		return ResponseEntity.noContent().build();
	}

}
