package com.newscenter.migration.admin;

import java.io.IOException;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.migration.wordpress.ImportRefusedException;
import com.newscenter.migration.wordpress.WordPressImporter;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's WordPress import, for administrators: the form, and the report of the
 * last import after it ran.
 */
@Controller
class ImportAdminController {

	static final String VIEW = "admin/migration/import";

	private final WordPressImporter importer;

	private final CurrentActor actors;

	private final Languages languages;

	private final String importLimit;

	ImportAdminController(WordPressImporter importer, CurrentActor actors, Languages languages,
			NewsCenterProperties properties) {
		this.importer = importer;
		this.actors = actors;
		this.languages = languages;
		this.importLimit = properties.migration().maxImportSizeText();
	}

	@GetMapping("/admin/import")
	String page(Authentication authentication, Model model) {
		this.importer.checkCanImport(this.actors.of(authentication));
		model.addAttribute("languages", this.languages.all());
		model.addAttribute("defaultLanguage", this.languages.defaultLanguage());
		model.addAttribute("importLimit", this.importLimit);
		return VIEW;
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String language, Authentication authentication, RedirectAttributes redirect)
			throws IOException {
		Actor actor = this.actors.of(authentication);
		this.importer.checkCanImport(actor);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("refusal", "wordpress.refused.empty");
			return "redirect:/admin/import";
		}
		try {
			redirect.addFlashAttribute("report", this.importer.importUpload(file, language, actor));
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessageKey());
			redirect.addFlashAttribute("refusalArguments", ex.getArguments());
		}
		return "redirect:/admin/import";
	}

}
