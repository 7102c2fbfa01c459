package com.newscenter.migration.admin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.newscenter.account.Role;
import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.Staff;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.newscenter.support.ApiProblems.problem;
import static com.newscenter.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backups are for administrators only, in the back office and through the API, come as a
 * ZIP download with every table and the manifest, and are written to the audit log.
 */
@ApiTest
class BackupDownloadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditLog audit;

	@Test
	void anAdministratorDownloadsTheBackupFromTheBackOffice() throws Exception {
		Document page = page(this.mvc, get("/admin/backup").with(this.staff.as(Role.ADMIN)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Backup");
		assertThat(page.select(".admin-menu a[href=/admin/backup]")).hasSize(1);
		String link = page.select("[data-testid=backup-download]").attr("href");
		assertThat(link).isEqualTo("/admin/backup/download");
		assertThat(page.select("[data-testid=backup-api-command]").text()).endsWith("http://localhost/api/v1/backup");

		MvcResult download = this.mvc.perform(get(link).with(this.staff.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andReturn();

		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"newscenter-backup-\\d{8}-\\d{6}\\.zip\"");
		assertThat(entries(download.getResponse().getContentAsByteArray())).contains("manifest.json",
				"tables/article.jsonl", "tables/app_user.jsonl", "tables/site_setting.jsonl");
		List<AuditEntry> entries = this.audit.page(1, 1);
		assertThat(entries.get(0).action()).isEqualTo("backup.downloaded");
	}

	@Test
	void theBackOfficePageIsInChinese() throws Exception {
		Document page = page(this.mvc, get("/admin/backup?lang=zh").with(this.staff.as(Role.ADMIN)));
		assertThat(page.selectFirst("h1").text()).isEqualTo("备份");
	}

	@Test
	void onlyAdministratorsTakeBackups() throws Exception {
		for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
			this.mvc.perform(get("/admin/backup").with(this.staff.as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/backup/download").with(this.staff.as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/backup").header(HttpHeaders.AUTHORIZATION, this.tokens.of(role)))
				.andExpect(problem(HttpStatus.FORBIDDEN));
			Document menu = page(this.mvc, get("/admin").with(this.staff.as(role)));
			assertThat(menu.select(".admin-menu a[href=/admin/backup]")).as(role.name()).isEmpty();
		}
		this.mvc.perform(get("/admin/backup/download")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(get("/api/v1/backup")).andExpect(problem(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void scriptsTakeTheSameBackupWithAnAdministratorsToken() throws Exception {
		MvcResult download = this.mvc
			.perform(get("/api/v1/backup").header(HttpHeaders.AUTHORIZATION, this.tokens.admin()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andReturn();

		assertThat(entries(download.getResponse().getContentAsByteArray())).contains("manifest.json",
				"tables/article.jsonl");
	}

	private static List<String> entries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
