package com.newscenter.media.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.media.Media;
import com.newscenter.media.MediaPage;
import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the back office: the grid with search and upload, each image's
 * page with where it is used, and deleting with a confirmation.
 */
@Controller
class MediaAdminController {

	static final String LIST_VIEW = "admin/media/list";

	static final String DETAILS_VIEW = "admin/media/details";

	static final String DELETE_VIEW = "admin/media/delete";

	private static final int PAGE_SIZE = 24;

	private final MediaService media;

	private final MediaLibrary library;

	private final MediaViews views;

	private final CurrentActor actors;

	private final String uploadLimit;

	private final long uploadLimitBytes;

	MediaAdminController(MediaService media, MediaLibrary library, MediaViews views, CurrentActor actors,
			NewsCenterProperties properties) {
		this.actors = actors;
		this.media = media;
		this.library = library;
		this.views = views;
		this.uploadLimit = properties.media().maxUploadSizeText();
		this.uploadLimitBytes = properties.media().maxUploadSize().toBytes();
	}

	@GetMapping("/admin/media")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
		String query = (q != null) ? q.strip() : "";
		query = (query.length() > 200) ? query.substring(0, 200) : query;
		MediaPage result = this.media.search(query, pageNumber(page), PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("cards", result.items().stream().map(this.views::card).toList());
		model.addAttribute("uploadLimit", this.uploadLimit);
		model.addAttribute("uploadLimitBytes", this.uploadLimitBytes);
		return LIST_VIEW;
	}

	@PostMapping("/admin/media")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			Authentication authentication, RedirectAttributes redirect) {
		Actor actor = this.actors.of(authentication);
		List<UploadFailure> failures = new ArrayList<>();
		int uploaded = 0;
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			String name = file.getOriginalFilename();
			if (file.isEmpty() && !StringUtils.hasText(name)) {
				continue;
			}
			Uploads.Result result = Uploads.store(this.media, file, actor);
			if (result.failure() != null) {
				failures.add(result.failure());
			}
			else {
				uploaded++;
			}
		}
		redirect.addFlashAttribute("uploaded", uploaded);
		redirect.addFlashAttribute("failures", failures);
		redirect.addFlashAttribute("nothingSent", uploaded == 0 && failures.isEmpty());
		return "redirect:/admin/media";
	}

	@GetMapping("/admin/media/{id}")
	String details(@PathVariable long id, Authentication authentication, Model model, Locale locale) {
		show(id, authentication, model, locale);
		return DETAILS_VIEW;
	}

	@GetMapping("/admin/media/{id}/delete")
	String confirmDelete(@PathVariable long id, Authentication authentication, Model model, Locale locale) {
		show(id, authentication, model, locale);
		return DELETE_VIEW;
	}

	@PostMapping("/admin/media/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmInUse,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Media deleted = this.library.delete(id, confirmInUse, this.actors.of(authentication));
			redirect.addFlashAttribute("deleted", deleted.originalName());
			return "redirect:/admin/media";
		}
		catch (MediaInUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("confirmationMissing", true);
			return confirmDelete(id, authentication, model, locale);
		}
	}

	private void show(long id, Authentication authentication, Model model, Locale locale) {
		Media image = this.library.find(id);
		model.addAttribute("media", this.views.details(image, this.library.usage(image, this.actors.of(authentication)),
				locale.getLanguage()));
	}

	private static int pageNumber(String value) {
		try {
			return (value != null && value.length() < 7) ? Math.max(1, Integer.parseInt(value.strip())) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
