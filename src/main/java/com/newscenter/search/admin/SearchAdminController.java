package com.newscenter.search.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.newscenter.account.CurrentActor;
import com.newscenter.search.RebuildStatus;
import com.newscenter.search.SearchService;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.ForbiddenException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index in the back office, for editors and administrators: how many articles
 * it holds, and a rebuild with a progress bar.
 */
@Controller
class SearchAdminController {

	static final String INDEX_VIEW = "admin/search/index";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SearchService search;

	private final CurrentActor actors;

	private final MessageSource messages;

	private final ZoneId zone;

	SearchAdminController(SearchService search, CurrentActor actors, MessageSource messages,
			NewsCenterProperties properties) {
		this.search = search;
		this.actors = actors;
		this.messages = messages;
		this.zone = properties.timeZone();
	}

	@GetMapping("/admin/search")
	String index(Authentication authentication, Model model) {
		requireEditor(authentication);
		model.addAttribute("index", view());
		return INDEX_VIEW;
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(Authentication authentication, RedirectAttributes redirect) {
		requireEditor(authentication);
		this.search.startRebuild();
		redirect.addFlashAttribute("started", true);
		return "redirect:/admin/search";
	}

	@GetMapping(path = "/admin/search/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	SearchIndexView status(Authentication authentication) {
		requireEditor(authentication);
		return view();
	}

	private SearchIndexView view() {
		RebuildStatus status = this.search.rebuildStatus();
		String finishedAt = (status.finishedAt() != null) ? TIME.format(status.finishedAt().atZone(this.zone)) : null;
		String seconds = (status.took() != null) ? String.format(Locale.ROOT, "%.1f", status.took().toMillis() / 1000.0)
				: null;
		String progress = this.messages.getMessage("search.admin.progress",
				new Object[] { status.percent(), status.done(), status.total() }, LocaleContextHolder.getLocale());
		return new SearchIndexView(status.running(), status.percent(), status.done(), status.total(), progress,
				this.search.indexedArticles(), this.search.publishedArticles(), finishedAt, seconds, status.error());
	}

	private void requireEditor(Authentication authentication) {
		if (!this.actors.of(authentication).isEditor()) {
			throw new ForbiddenException("Only editors and administrators manage the search index");
		}
	}

}
