package com.newscenter.news.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.account.User;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleFilter;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.news.ArticleSummary;
import com.newscenter.news.PageResult;
import com.newscenter.news.StaffArticles;
import com.newscenter.news.TranslationState;
import com.newscenter.news.TranslationStates;
import com.newscenter.site.DateFormats;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.BadRequestException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office article list and editor: thin, the rules are in {@link ArticleEditor}.
 */
@Controller
class ArticleAdminController {

	static final String LIST_VIEW = "admin/news/list";

	static final String EDIT_VIEW = "admin/news/edit";

	private static final int PAGE_SIZE = 20;

	private static final Map<String, ArticleStatus> ACTIONS = Map.of("draft", ArticleStatus.DRAFT, "review",
			ArticleStatus.REVIEW, "publish", ArticleStatus.PUBLISHED, "schedule", ArticleStatus.SCHEDULED, "unpublish",
			ArticleStatus.UNPUBLISHED);

	private final ArticleService articles;

	private final StaffArticles staffArticles;

	private final ArticleEditor editor;

	private final CategoryService categories;

	private final Languages languages;

	private final DateFormats dates;

	private final CurrentActor actors;

	private final AccountService accounts;

	private final MessageSource messages;

	private final TranslationStates translationStates;

	private final MediaService media;

	private final ZoneId zone;

	ArticleAdminController(ArticleService articles, StaffArticles staffArticles, ArticleEditor editor,
			CategoryService categories, Languages languages, DateFormats dates, CurrentActor actors,
			AccountService accounts, MessageSource messages, TranslationStates translationStates, MediaService media,
			NewsCenterProperties properties) {
		this.accounts = accounts;
		this.messages = messages;
		this.articles = articles;
		this.staffArticles = staffArticles;
		this.editor = editor;
		this.categories = categories;
		this.languages = languages;
		this.dates = dates;
		this.actors = actors;
		this.translationStates = translationStates;
		this.media = media;
		this.zone = properties.timeZone();
	}

	@GetMapping("/admin/articles")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String language,
			@RequestParam(required = false) String category, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean mine, @RequestParam(required = false) String author,
			@RequestParam(required = false) String translation, @RequestParam(defaultValue = "1") int page,
			Authentication authentication, Model model) {
		Actor actor = this.actors.of(authentication);
		ArticleStatus wanted = ACTIONS.values()
			.stream()
			.filter((s) -> s.code().equals(status))
			.findFirst()
			.orElse(null);
		Long categoryId = this.categories.findBySlug((category != null) ? category : "").map(Category::id).orElse(null);
		Long authorId = Boolean.TRUE.equals(mine) ? actor.userId() : null;
		if (authorId == null && author != null && !author.isBlank()) {
			authorId = this.accounts.findByUsername(author.strip()).map(User::id).orElse(-1L);
		}
		String lang = this.languages.isSupported(language) ? language : null;
		PageResult<ArticleSummary> result = this.articles.filtered(
				new ArticleFilter(wanted, lang, categoryId, authorId, q, TranslationState.Status.of(translation), null)
					.readableBy(actor),
				Math.max(1, page), PAGE_SIZE);
		Map<Long, List<TranslationState>> states = this.translationStates.of(result.items());
		model.addAttribute("rows",
				result.items().stream().map((a) -> row(a, states.getOrDefault(a.id(), List.of()))).toList());
		model.addAttribute("page", result);
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("languages", this.languages.all());
		model.addAttribute("categories", this.categories.findAll());
		return LIST_VIEW;
	}

	@GetMapping("/admin/articles/new")
	String create(@RequestParam(required = false) String language, @RequestParam(required = false) Long translationOf,
			Authentication authentication, Model model) {
		ArticleForm form = new ArticleForm();
		form.setLanguage(this.languages.isSupported(language) ? language : this.languages.defaultLanguage());
		if (translationOf != null) {
			Article original = this.staffArticles.find(translationOf, this.actors.of(authentication));
			form.setTranslationOf(original.id());
			form.setCategories(slugs(original));
			form.setCoverImage(original.coverMediaId());
		}
		return edit(model, form, null, Map.of(), this.actors.of(authentication));
	}

	@PostMapping("/admin/articles")
	String created(@ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(defaultValue = "draft") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return edit(model, form, null, errors(unreadable(binding)), this.actors.of(authentication));
		}
		try {
			Article article = this.editor.create(form.toInput(status(action), this.zone),
					this.actors.of(authentication));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/articles/" + article.id();
		}
		catch (BadRequestException ex) {
			return edit(model, form, null, errors(ex), this.actors.of(authentication));
		}
	}

	@GetMapping("/admin/articles/{id}")
	String edit(@PathVariable long id, Authentication authentication, Model model) {
		Actor actor = this.actors.of(authentication);
		Article article = this.staffArticles.find(id, actor);
		return edit(model, ArticleForm.of(article, slugs(article), this.zone), article, Map.of(), actor);
	}

	@PostMapping("/admin/articles/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.actors.of(authentication);
		Article current = this.staffArticles.find(id, actor);
		if (binding.hasErrors()) {
			return edit(model, form, current, errors(unreadable(binding)), actor);
		}
		ArticleStatus status = "save".equals(action) ? current.status() : status(action);
		try {
			this.editor.update(id, form.toInput(status, this.zone), actor);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/articles/" + id;
		}
		catch (BadRequestException ex) {
			return edit(model, form, current, errors(ex), actor);
		}
	}

	@PostMapping("/admin/articles/{id}/delete")
	String delete(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.editor.delete(id, this.actors.of(authentication));
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/admin/articles";
	}

	private String edit(Model model, ArticleForm form, Article article, Map<String, String> errors, Actor actor) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", this.languages.all());
		model.addAttribute("categories", this.categories.findAll());
		model.addAttribute("translations", (article != null) ? this.articles.translations(article, false) : Map.of());
		// another author's unpublished translation is shown as there, not linked
		model.addAttribute("readableTranslations",
				(article != null) ? this.staffArticles.translations(article, actor) : Map.of());
		model.addAttribute("historyReadable", article != null && this.staffArticles.mayReadHistory(article, actor));
		model.addAttribute("zone", this.zone.getId());
		model.addAttribute("cover",
				(form.getCoverImage() != null) ? this.media.findById(form.getCoverImage()).orElse(null) : null);
		return EDIT_VIEW;
	}

	private ArticleRow row(ArticleSummary article, List<TranslationState> translations) {
		String names = String.join(", ",
				article.categoryIds()
					.stream()
					.flatMap((id) -> this.categories.findById(id).stream())
					.map((c) -> c.name(article.language()))
					.toList());
		return new ArticleRow(article.id(), article.title(), article.language(), article.status().code(),
				this.dates.date(article.publishedAt(), "en"), names, article.views(), translations);
	}

	private List<String> slugs(Article article) {
		return article.categoryIds()
			.stream()
			.flatMap((id) -> this.categories.findById(id).stream())
			.map(Category::slug)
			.toList();
	}

	/**
	 * A field the form could not read, such as a time of issue in year 10000, which
	 * browsers send but dates cannot hold; the form is shown again rather than lost.
	 */
	private static BadRequestException unreadable(BindingResult binding) {
		FieldError error = binding.getFieldError();
		String field = (error != null) ? error.getField() : "form";
		return new BadRequestException(field, field + " cannot be read");
	}

	/**
	 * The reason beside the field, in the back office's language where the bundle has it.
	 */
	private Map<String, String> errors(BadRequestException ex) {
		String field = (ex.getField() != null) ? ex.getField() : "form";
		String message = this.messages.getMessage("articles.error." + field, null, ex.getMessage(),
				LocaleContextHolder.getLocale());
		return Map.of(field, message);
	}

	private static ArticleStatus status(String action) {
		ArticleStatus status = ACTIONS.get(action);
		if (status == null) {
			throw new BadRequestException("action", "unknown action '" + action + "'");
		}
		return status;
	}

}
