package com.newscenter.migration.wordpress;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.User;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an import does to the site, through the services every other writer uses, so
 * imported articles get their revisions, audit entries, search index and page cache
 * updates like any other.
 */
@Component
class ImportSteps {

	private final CategoryService categories;

	private final ArticleEditor editor;

	private final ArticleService articles;

	private final MediaService media;

	private final ImportedItems items;

	private final Languages languages;

	private final AccountService accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long maxImageBytes;

	ImportSteps(CategoryService categories, ArticleEditor editor, ArticleService articles, MediaService media,
			ImportedItems items, Languages languages, PlatformTransactionManager transactions, Clock clock,
			NewsCenterProperties properties, AccountService accounts) {
		this.accounts = accounts;
		this.categories = categories;
		this.editor = editor;
		this.articles = articles;
		this.media = media;
		this.items = items;
		this.languages = languages;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxImageBytes = properties.media().maxUploadSize().toBytes();
	}

	String checkedLanguage(String language) {
		if (language == null || language.isBlank()) {
			return this.languages.defaultLanguage();
		}
		if (!this.languages.isSupported(language)) {
			throw ImportRefusedException.unknownLanguage(language, this.languages.all());
		}
		return language;
	}

	/**
	 * Returns the site's language for a Polylang language slug such as {@code en} or
	 * {@code zh-cn}.
	 * @param slug the slug
	 * @return the language, or empty when the site does not have it
	 */
	Optional<String> language(String slug) {
		String code = slug.toLowerCase(Locale.ROOT);
		if (this.languages.isSupported(code)) {
			return Optional.of(code);
		}
		String base = code.split("[-_]", 2)[0];
		return this.languages.isSupported(base) ? Optional.of(base) : Optional.empty();
	}

	Optional<Category> category(String slug) {
		return this.categories.findBySlug(slug);
	}

	Category createCategory(String slug, Map<String, String> names, String parentSlug, Actor actor) {
		return this.categories.create(slug, names, parentSlug, actor);
	}

	<T> T inTransaction(Supplier<T> work) {
		return this.transactions.execute((status) -> work.get());
	}

	Optional<Long> importedArticle(String site, long postId) {
		return this.items.article(site, postId);
	}

	/**
	 * Returns the address of the article a post became, while it exists.
	 * @param site the post's site
	 * @param postId the post
	 * @return the article's address on this site, or empty
	 */
	Optional<String> importedArticleUrl(String site, long postId) {
		return this.items.article(site, postId)
			.flatMap(this.articles::find)
			.map((article) -> SiteUrls.article(article.language(), article.id()));
	}

	Optional<Media> importedImage(String site, String path) {
		return this.items.media(site, path).flatMap(this.media::findById);
	}

	long maxImageBytes() {
		return this.maxImageBytes;
	}

	Media storeImage(String site, String path, byte[] bytes, Actor actor) {
		Media stored = this.media.store(path.substring(path.lastIndexOf('/') + 1), bytes, actor);
		this.items.addMedia(site, path, stored.id(), this.clock.instant());
		return stored;
	}

	/**
	 * Creates the article of a post, written by the user of the post's author's login if
	 * the site has one, else by the importing administrator.
	 */
	Article createArticle(String site, WxrItem post, ArticleInput input, Actor actor) {
		Long authorId = post.creator().isEmpty() ? actor.userId()
				: this.accounts.findByUsername(post.creator()).map(User::id).orElse(actor.userId());
		Article article = this.editor.create(input, actor, authorId);
		this.items.addArticle(site, post.id(), article.id(), WordPressLinks.path(post.link()), this.clock.instant());
		return article;
	}

	/**
	 * Returns the languages an article's translation group has, itself included.
	 * @param articleId the article
	 * @return the article id by language, empty when the article is gone
	 */
	Map<String, Long> translations(long articleId) {
		return this.articles.find(articleId)
			.map((article) -> this.articles.translations(article, false))
			.orElse(Map.of());
	}

}
