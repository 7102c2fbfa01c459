package com.newscenter.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload from someone not signed in is turned away before its body is read, by the
 * site's pages and by the API: the answer comes while the client has sent only the start
 * of it. So is an upload that states no length, signed in or not, but at the import.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignedOutUploadTests {

	private static final String BOUNDARY = "----newscenter-signed-out";

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountService accounts;

	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource({ "/admin/media, chunked, 411", "/admin/media, length, 302", "/admin/import, chunked, 302",
			"/admin/settings, length, 302", "/api/v1/media, chunked, 411", "/api/v1/media, length, 401",
			"/api/v1/import, chunked, 401" })
	void anUploadFromSomeoneNotSignedInIsAnsweredBeforeItsBodyIsRead(String path, String framing, int status)
			throws IOException {
		List<String> answer = sendStart(path, framing, null);

		assertThat(answer.get(0)).startsWith("HTTP/1.1 " + status);
		if (status == 302) {
			assertThat(answer).anySatisfy((line) -> assertThat(line).matches("(?i)location: .*/admin/login"));
		}
	}

	@Test
	void anUploadOfUnknownLengthIsRefusedBeforeItsBodyIsReadButByTheImport() throws IOException {
		String token = this.accounts.issueToken("admin", "admin-test-password").orElseThrow().token();

		List<String> api = sendStart("/api/v1/media", "chunked", token);
		List<String> page = sendStart("/admin/media", "chunked", null);

		assertThat(api.get(0)).startsWith("HTTP/1.1 411");
		assertThat(api)
			.anySatisfy((line) -> assertThat(line).matches("(?i)content-type: application/problem\\+json.*"));
		assertThat(page.get(0)).startsWith("HTTP/1.1 411");
		assertThat(page).anySatisfy((line) -> assertThat(line).matches("(?i)content-type: text/html.*"));
		assertThat(sendWhole("/api/v1/import", token).get(0)).as("read whole, and found to be no export")
			.startsWith("HTTP/1.1 415");
	}

	/**
	 * Sends the headers of an upload and the start of its body, and reads the answer's
	 * head.
	 * @param token an API token, or {@code null}
	 * @return the status line and headers
	 */
	private List<String> sendStart(String path, String framing, String token) throws IOException {
		String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n";
		StringBuilder head = new StringBuilder().append("POST ")
			.append(path)
			.append(" HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=")
			.append(BOUNDARY)
			.append("\r\n");
		if (token != null) {
			head.append("Authorization: Bearer ").append(token).append("\r\n");
		}
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
			return headers(socket);
		}
	}

	/**
	 * Sends a whole upload of unknown length (chunked): a file that is no export.
	 * @return the status line and headers of the answer
	 */
	private List<String> sendWhole(String path, String token) throws IOException {
		String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.xml\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n<not-an-export/>\r\n--" + BOUNDARY + "--\r\n";
		String request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
				+ BOUNDARY + "\r\nAuthorization: Bearer " + token + "\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return headers(socket);
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
