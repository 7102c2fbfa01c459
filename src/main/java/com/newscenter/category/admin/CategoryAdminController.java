package com.newscenter.category.admin;

import java.util.Locale;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.admin.FormErrors;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office category pages: the tree with its new-category form, and one page per
 * category to rename, move or delete it.
 */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

	static final String LIST_VIEW = "admin/category/list";

	static final String EDIT_VIEW = "admin/category/edit";

	private static final String ERRORS = "content.category.error";

	private static final String FORM = "form";

	private final CategoryService categories;

	private final CategoryRows rows;

	private final CurrentActor actors;

	CategoryAdminController(CategoryService categories, CategoryRows rows, CurrentActor actors) {
		this.categories = categories;
		this.rows = rows;
		this.actors = actors;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		this.categories.checkCanEdit(this.actors.get());
		model.addAttribute(FORM, new CategoryForm());
		return listPage(model, locale);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) CategoryForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Actor actor = this.actors.get();
		try {
			String parent = (form.parentId() != null) ? this.categories.findById(form.parentId())
				.map(Category::slug)
				.orElseThrow(() -> new BadRequestException("parent", "no such category")) : null;
			this.categories.create(form.trimmedSlug(), form.filledNames(), parent, actor);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(result, ex, ERRORS);
			return listPage(model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/categories";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
		this.categories.move(id, "up".equals(direction), this.actors.get());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/categories";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model, Locale locale) {
		this.categories.checkCanEdit(this.actors.get());
		Category category = existing(id);
		CategoryForm form = new CategoryForm();
		form.getNames().putAll(category.names());
		form.setParent((category.parentId() != null) ? String.valueOf(category.parentId()) : "");
		model.addAttribute(FORM, form);
		return editPage(category, model, locale);
	}

	@PostMapping("/{id}/names")
	String rename(@PathVariable long id, @ModelAttribute(FORM) CategoryForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return change(id, form, result, model, locale, redirect, true,
				() -> this.categories.rename(id, form.filledNames(), this.actors.get()));
	}

	@PostMapping("/{id}/parent")
	String parent(@PathVariable long id, @ModelAttribute(FORM) CategoryForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		return change(id, form, result, model, locale, redirect, false,
				() -> this.categories.setParent(id, form.parentId(), this.actors.get()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute(FORM) CategoryForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Category category = existing(id);
		try {
			this.categories.delete(id, form.targetId(), this.actors.get());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(result, ex, ERRORS);
			keepCurrent(category, form, true);
			return editPage(category, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/categories";
	}

	private String change(long id, CategoryForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, boolean keepParent, Runnable write) {
		Category category = existing(id);
		try {
			write.run();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(result, ex, ERRORS);
			keepCurrent(category, form, keepParent);
			return editPage(category, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/categories/" + id;
	}

	/** Fills the parts of the page's other forms, which the failed form did not send. */
	private static void keepCurrent(Category category, CategoryForm form, boolean keepParent) {
		if (form.getNames().isEmpty()) {
			form.getNames().putAll(category.names());
		}
		if (keepParent) {
			form.setParent((category.parentId() != null) ? String.valueOf(category.parentId()) : "");
		}
	}

	private String listPage(Model model, Locale locale) {
		model.addAttribute("categories", this.rows.all(locale.getLanguage()));
		model.addAttribute("parents", this.rows.parentsFor(null, locale.getLanguage()));
		return LIST_VIEW;
	}

	private String editPage(Category category, Model model, Locale locale) {
		String language = locale.getLanguage();
		model.addAttribute("category",
				new CategoryRow(category.id(), category.slug(), category.name(language),
						this.categories.tree().level(category.id()), this.categories.articleCount(category.id()), false,
						false));
		model.addAttribute("parents", this.rows.parentsFor(category.id(), language));
		model.addAttribute("targets", this.rows.targetsFor(category.id(), language));
		model.addAttribute("hasChildren", !this.categories.tree().children(category.id()).isEmpty());
		return EDIT_VIEW;
	}

	private Category existing(long id) {
		return this.categories.findById(id)
			.orElseThrow(() -> new NotFoundException("error.categoryNotFound", String.valueOf(id)));
	}

}
