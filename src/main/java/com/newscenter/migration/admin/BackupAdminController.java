package com.newscenter.migration.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.CurrentActor;
import com.newscenter.migration.BackupDownload;
import com.newscenter.migration.BackupWriter;
import com.newscenter.site.SiteUrls;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's backup page, for administrators: what a backup holds, the download,
 * and how to restore one.
 */
@Controller
class BackupAdminController {

	static final String VIEW = "admin/migration/backup";

	private final BackupWriter writer;

	private final BackupDownload download;

	private final CurrentActor actors;

	private final SiteUrls urls;

	BackupAdminController(BackupWriter writer, BackupDownload download, CurrentActor actors, SiteUrls urls) {
		this.writer = writer;
		this.download = download;
		this.actors = actors;
		this.urls = urls;
	}

	@GetMapping("/admin/backup")
	String page(Authentication authentication, Model model) {
		this.writer.checkCanWrite(this.actors.of(authentication));
		model.addAttribute("apiCommand", "curl -H \"Authorization: Bearer TOKEN\" -o newscenter-backup.zip "
				+ this.urls.absolute("/api/v1/backup"));
		model.addAttribute("restoreCommand",
				"java -jar newscenter.jar --newscenter.data-dir=./restored --newscenter.restore-from=newscenter-backup.zip");
		return VIEW;
	}

	@GetMapping("/admin/backup/download")
	void download(Authentication authentication, HttpServletResponse response) throws IOException {
		this.download.send(response, this.actors.of(authentication));
	}

}
