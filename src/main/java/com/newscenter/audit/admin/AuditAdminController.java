package com.newscenter.audit.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.newscenter.account.CurrentActor;
import com.newscenter.audit.AuditLog;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back-office audit log page: every write, newest first, a page at a time, for
 * administrators.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

	static final String VIEW = "admin/audit/list";

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final CurrentActor actors;

	private final ZoneId zone;

	AuditAdminController(AuditLog log, CurrentActor actors, NewsCenterProperties properties) {
		this.log = log;
		this.actors = actors;
		this.zone = properties.timeZone();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		this.log.checkCanRead(this.actors.get());
		long total = this.log.count();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(parse(page), pages);
		List<AuditRow> rows = this.log.page(current, PAGE_SIZE)
			.stream()
			.map((e) -> new AuditRow(TIME.format(e.at().atZone(this.zone)),
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at().atZone(this.zone)), e.actor(), e.action(),
					e.target(), (e.detail() != null) ? e.detail() : ""))
			.toList();
		model.addAttribute("entries", rows);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		return VIEW;
	}

	private static int parse(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
