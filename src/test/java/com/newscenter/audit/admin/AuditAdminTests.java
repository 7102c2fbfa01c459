package com.newscenter.audit.admin;

import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.audit.Audited;
import com.newscenter.support.Staff;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.newscenter.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office audit log: newest first, fifty to a page, with time, actor, action,
 * target and detail, for administrators only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void listsTheNewestEntriesFirstFiftyToAPage() throws Exception {
		Actor writer = Staff.actor(Role.EDITOR);
		for (int i = 1; i <= 60; i++) {
			this.events.publishEvent(new Audited(writer, "test.write", "record:" + i, "note " + i));
		}
		RequestPostProcessor admin = this.staff.as(Role.ADMIN);

		Document first = page(this.mvc, get("/admin/audit").with(admin));
		Document second = page(this.mvc, get("/admin/audit?page=2").with(admin));

		List<Element> rows = first.select("[data-testid=audit-entry]");
		assertThat(rows).hasSize(50);
		List<String> cells = rows.get(0).select("td").eachText();
		assertThat(cells.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		assertThat(cells.subList(1, 5)).containsExactly(writer.username(), "test.write", "record:60", "note 60");
		assertThat(rows.get(49).select("td").get(3).text()).isEqualTo("record:11");
		assertThat(rows.get(0).selectFirst("time").attr("datetime")).isNotEmpty();
		assertThat(second.select("[data-testid=audit-entry] td:nth-child(4)").eachText()).startsWith("record:10",
				"record:9");
		assertThat(first.select("[data-testid=pagination] a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=2");
	}

	@Test
	void onlyAdministratorsMayReadIt() throws Exception {
		this.mvc.perform(get("/admin/audit").with(this.staff.as(Role.EDITOR))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(this.staff.as(Role.AUTHOR))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit?page=x").with(this.staff.as(Role.ADMIN))).andExpect(status().isOk());
	}

}
