package com.newscenter.banner.admin;

import java.time.ZoneId;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.admin.FormErrors;
import com.newscenter.admin.ImageUploads;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office banner pages: the carousel in order with thumbnails, and the form that
 * creates or changes a banner with an uploaded or existing image.
 */
@Controller
@RequestMapping("/admin/banners")
class BannerAdminController {

	static final String LIST_VIEW = "admin/banner/list";

	static final String FORM_VIEW = "admin/banner/form";

	private static final String ERRORS = "content.banner.error";

	private static final String REDIRECT_LIST = "redirect:/admin/banners";

	private final BannerService banners;

	private final BannerRows rows;

	private final MediaService media;

	private final ImageUploads uploads;

	private final Languages languages;

	private final CurrentActor actors;

	private final ZoneId zone;

	BannerAdminController(BannerService banners, BannerRows rows, MediaService media, ImageUploads uploads,
			Languages languages, CurrentActor actors, NewsCenterProperties properties) {
		this.banners = banners;
		this.rows = rows;
		this.media = media;
		this.uploads = uploads;
		this.languages = languages;
		this.actors = actors;
		this.zone = properties.timeZone();
	}

	@GetMapping
	String list(Model model) {
		this.banners.checkCanEdit(this.actors.get());
		model.addAttribute("banners", this.rows.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newBanner(Model model) {
		this.banners.checkCanEdit(this.actors.get());
		return formPage(0, new BannerForm(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		this.banners.checkCanEdit(this.actors.get());
		return formPage(id, BannerForm.of(existing(id), this.zone), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") BannerForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		return save(0, form, result, file, model, redirect);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") BannerForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		existing(id);
		return save(id, form, result, file, model, redirect);
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
		this.banners.move(id, "up".equals(direction), this.actors.get());
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.banners.delete(id, this.actors.get());
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	private String save(long id, BannerForm form, BindingResult result, MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.actors.get();
		this.banners.checkCanEdit(actor);
		try {
			Long uploaded = this.uploads.store(file, "image", actor);
			if (uploaded != null) {
				form.setImage(String.valueOf(uploaded));
			}
			int nextPosition = (id == 0) ? this.banners.nextPosition() : existing(id).position();
			Banner banner = form.toBanner(id, this.zone, nextPosition);
			if (id == 0) {
				this.banners.create(banner, actor);
			}
			else {
				this.banners.update(banner, actor);
			}
		}
		catch (BadRequestException ex) {
			FormErrors.reject(result, ex, ERRORS);
			return formPage(id, form, model);
		}
		redirect.addFlashAttribute("saved", true);
		return REDIRECT_LIST;
	}

	private String formPage(long id, BannerForm form, Model model) {
		Long imageId = form.imageId();
		model.addAttribute("form", form);
		model.addAttribute("bannerId", id);
		model.addAttribute("image", (imageId != null) ? this.media.findById(imageId).orElse(null) : null);
		model.addAttribute("languages", List.copyOf(this.languages.all()));
		model.addAttribute("zone", this.zone.getId());
		return FORM_VIEW;
	}

	private Banner existing(long id) {
		return this.banners.findById(id)
			.orElseThrow(() -> new NotFoundException("content.banner.notFound", String.valueOf(id)));
	}

}
