package com.newscenter.audit.api;

import java.time.Instant;
import java.util.List;

import com.newscenter.audit.AuditLog;
import com.newscenter.system.web.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log in the JSON API, for administrators.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	AuditPage list(@RequestParam(defaultValue = "1") int page) {
		if (page < 1) {
			throw new BadRequestException("page", "page must be 1 or more");
		}
		List<AuditItem> items = this.log.page(page, PAGE_SIZE)
			.stream()
			.map((e) -> new AuditItem(e.at(), e.actor(), e.action(), e.target(), e.detail()))
			.toList();
		return new AuditPage(items, page, PAGE_SIZE, this.log.count());
	}

	/**
	 * A page of the log.
	 *
	 * @param items the entries, newest first
	 * @param page the page number
	 * @param size the page size
	 * @param total entries on all pages
	 */
	record AuditPage(List<AuditItem> items, int page, int size, long total) {
	}

	/**
	 * One entry.
	 *
	 * @param at when
	 * @param actor who
	 * @param action what
	 * @param target which record
	 * @param detail a short note
	 */
	record AuditItem(Instant at, String actor, String action, String target, String detail) {
	}

}
