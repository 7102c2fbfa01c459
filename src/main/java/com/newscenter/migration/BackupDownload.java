package com.newscenter.migration;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a backup as a file download, for the back office and the API alike: written
 * straight to the response, so a backup of any size streams without being held in memory
 * or cut off by an asynchronous request's time limit.
 */
@Component
public class BackupDownload {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final BackupWriter writer;

	private final Clock clock;

	BackupDownload(BackupWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Sends the backup.
	 * @param response the response to write it to
	 * @param actor who asks: administrators only
	 * @throws IOException when the client goes away
	 */
	public void send(HttpServletResponse response, Actor actor) throws IOException {
		// refused before the headers of a download are set
		this.writer.checkCanWrite(actor);
		String name = "newscenter-backup-" + STAMP.format(this.clock.instant()) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.writer.write(response.getOutputStream(), actor);
		response.flushBuffer();
	}

}
