package com.newscenter.migration.admin;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;

import com.newscenter.account.Actor;
import com.newscenter.account.CurrentActor;
import com.newscenter.migration.wordpress.ImportJob;
import com.newscenter.migration.wordpress.ImportJobs;
import com.newscenter.migration.wordpress.ImportRefusedException;
import com.newscenter.migration.wordpress.WordPressImporter;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's WordPress import, for administrators: the form with the latest
 * imports, and the page of each import, which follows it while it runs and shows its
 * report once it finished.
 */
@Controller
class ImportAdminController {

	static final String VIEW = "admin/migration/import";

	static final String JOB_VIEW = "admin/migration/import-job";

	private final WordPressImporter importer;

	private final ImportJobs jobs;

	private final CurrentActor actors;

	private final Languages languages;

	private final String importLimit;

	private final ZoneId zone;

	private final MessageSource messages;

	ImportAdminController(WordPressImporter importer, ImportJobs jobs, CurrentActor actors, Languages languages,
			NewsCenterProperties properties, MessageSource messages) {
		this.messages = messages;
		this.importer = importer;
		this.jobs = jobs;
		this.actors = actors;
		this.languages = languages;
		this.importLimit = properties.migration().maxImportSizeText();
		this.zone = properties.timeZone();
	}

	@GetMapping("/admin/import")
	String page(Authentication authentication, Model model) {
		Actor actor = this.actors.of(authentication);
		model.addAttribute("jobs",
				this.jobs.recent(actor).stream().map((job) -> ImportJobView.of(job, this.zone)).toList());
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
			String id = this.jobs.start(file, language, actor);
			return "redirect:/admin/import/" + id;
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessageKey());
			redirect.addFlashAttribute("refusalArguments", ex.getArguments());
			return "redirect:/admin/import";
		}
	}

	@GetMapping("/admin/import/{id}")
	String job(@PathVariable String id, Authentication authentication, Model model) {
		model.addAttribute("job", ImportJobView.of(find(id, authentication), this.zone));
		return JOB_VIEW;
	}

	@GetMapping("/admin/import/{id}/status")
	@ResponseBody
	ImportProgress status(@PathVariable String id, Authentication authentication, Locale locale) {
		ImportJob job = find(id, authentication);
		return ImportProgress.of(job, this.messages.getMessage("wordpress.jobs.progress",
				new Object[] { job.postsDone(), job.postsTotal() }, locale));
	}

	private ImportJob find(String id, Authentication authentication) {
		return this.jobs.find(id, this.actors.of(authentication))
			.orElseThrow(() -> new NotFoundException("wordpress.job.notFound", id));
	}

}
