package com.newscenter.site.admin;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.admin.FormErrors;
import com.newscenter.admin.ImageUploads;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.system.web.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office site settings page: site name per language, logo and footer lines, for
 * administrators.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsAdminController {

	static final String VIEW = "admin/site/settings";

	private static final String ERRORS = "content.settings.error";

	private final SiteSettingsService settings;

	private final ImageUploads uploads;

	private final MediaService media;

	private final CurrentActor actors;

	SettingsAdminController(SiteSettingsService settings, ImageUploads uploads, MediaService media,
			CurrentActor actors) {
		this.settings = settings;
		this.uploads = uploads;
		this.media = media;
		this.actors = actors;
	}

	@GetMapping
	String show(Model model) {
		this.settings.checkCanChange(this.actors.get());
		return page(SettingsForm.of(this.settings.get()), model);
	}

	@PostMapping
	String save(@ModelAttribute("form") SettingsForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Actor actor = this.actors.get();
		this.settings.checkCanChange(actor);
		try {
			Long uploaded = this.uploads.store(file, "logo", actor);
			if (uploaded != null) {
				form.setLogo(String.valueOf(uploaded));
				form.setRemoveLogo(false);
			}
			this.settings.update(form.toSettings(), actor);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(result, ex, ERRORS);
			return page(form, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/settings";
	}

	private String page(SettingsForm form, Model model) {
		Long logo = form.logoId();
		model.addAttribute("form", form);
		model.addAttribute("logoUrl", (logo != null) ? this.media.findById(logo).map(Media::url).orElse(null) : null);
		model.addAttribute("maxLength", SiteSettingsService.MAX_LENGTH);
		return VIEW;
	}

}
