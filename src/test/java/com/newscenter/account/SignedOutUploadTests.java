package com.newscenter.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload from someone not signed in is turned away before its body is read, by the
 * site's pages and by the API: the answer comes while the client has sent only the start
 * of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignedOutUploadTests {

	private static final String BOUNDARY = "----newscenter-signed-out";

	@Value("${local.server.port}")
	int port;

	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource({ "/admin/media, chunked, 302", "/admin/media, length, 302", "/admin/import, chunked, 302",
			"/admin/settings, length, 302", "/api/v1/media, chunked, 401", "/api/v1/import, chunked, 401" })
	void anUploadFromSomeoneNotSignedInIsAnsweredBeforeItsBodyIsRead(String path, String framing, int status)
			throws IOException {
		String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n";
		StringBuilder head = new StringBuilder().append("POST ")
			.append(path)
			.append(" HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=")
			.append(BOUNDARY)
			.append("\r\n");
		String start;
		if ("chunked".equals(framing)) {
			head.append("Transfer-Encoding: chunked\r\n\r\n");
			start = Integer.toHexString(part.length()) + "\r\n" + part + "\r\n";
		}
		else {
			head.append("Content-Length: 50000\r\n\r\n");
			start = part;
		}

		try (Socket socket = new Socket("localhost", this.port)) {
			// without the filter the server waits for the rest of the body, and this
			// read times out
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + start).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			List<String> answer = headers(socket);

			assertThat(answer.get(0)).startsWith("HTTP/1.1 " + status);
			if (status == 302) {
				assertThat(answer).anySatisfy((line) -> assertThat(line).matches("(?i)location: .*/admin/login"));
			}
		}
	}

	private static List<String> headers(Socket socket) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
		List<String> lines = new ArrayList<>();
		for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
			lines.add(line);
		}
		return lines;
	}

}
