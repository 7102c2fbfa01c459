package com.newscenter.migration.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.migration.BackupDownload;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/backup}: a full backup for an administrator's token, so a scheduled
 * job can keep nightly copies.
 */
@RestController
class BackupApiController {

	private final BackupDownload download;

	BackupApiController(BackupDownload download) {
		this.download = download;
	}

	@GetMapping("/api/v1/backup")
	void backup(@AuthenticationPrincipal StaffPrincipal principal, HttpServletResponse response) throws IOException {
		this.download.send(response, Actor.of(principal));
	}

}
