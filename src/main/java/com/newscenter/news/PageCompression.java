package com.newscenter.news;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * Decides, by the server's own {@code server.compression.*} settings, which kept pages
 * are also kept compressed and which requests get them so: the container compresses only
 * what it renders, and leaves a page with an {@code ETag} uncompressed.
 */
@Component
class PageCompression {

	/** A weight as HTTP writes it: 0 to 1, with at most three decimals. */
	private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

	private final boolean enabled;

	private final long minSize;

	private final List<MimeType> types;

	private final List<Pattern> excludedAgents;

	@Autowired
	PageCompression(ServerProperties server) {
		this(server.getCompression());
	}

	PageCompression(Compression compression) {
		this.enabled = compression.getEnabled();
		this.minSize = compression.getMinResponseSize().toBytes();
		this.types = Arrays.stream(compression.getMimeTypes()).map(MimeType::valueOf).toList();
		String[] agents = compression.getExcludedUserAgents();
		this.excludedAgents = (agents != null) ? Arrays.stream(agents).map(Pattern::compile).toList() : List.of();
	}

	/**
	 * Compresses a page about to be kept, if it is to be sent compressed.
	 * @param contentType the page's type
	 * @param body the page
	 * @param countStart where its view count starts, or {@code -1}
	 * @param countEnd where its view count ends
	 * @return the compressed page, or {@code null}
	 */
	GzipPage compress(String contentType, byte[] body, int countStart, int countEnd) {
		if (!this.enabled || body.length < this.minSize || !compressible(contentType)) {
			return null;
		}
		return (countStart < 0) ? GzipPage.of(body) : GzipPage.around(body, countStart, countEnd);
	}

	/**
	 * Tells whether a request takes a gzip-compressed answer.
	 * @param request the request
	 * @return whether it does
	 */
	boolean accepted(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		if (values == null || excluded(request.getHeader(HttpHeaders.USER_AGENT))) {
			return false;
		}
		double gzip = -1;
		double any = -1;
		while (values.hasMoreElements()) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip();
				double quality = quality(parts);
				if ("gzip".equalsIgnoreCase(name) || "x-gzip".equalsIgnoreCase(name)) {
					gzip = Math.max(gzip, quality);
				}
				else if ("*".equals(name)) {
					any = Math.max(any, quality);
				}
			}
		}
		// "gzip;q=0" refuses gzip whatever "*" says (RFC 9110, section 12.5.3)
		return (gzip >= 0) ? gzip > 0 : any > 0;
	}

	/**
	 * Reads a coding's weight.
	 * @param parts the coding and its parameters
	 * @return the weight, 1 when none is given, or -1 when it cannot be read
	 */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String[] parameter = parts[i].split("=", 2);
			if ("q".equalsIgnoreCase(parameter[0].strip())) {
				String value = (parameter.length == 2) ? parameter[1].strip() : "";
				return QUALITY.matcher(value).matches() ? Double.parseDouble(value) : -1;
			}
		}
		return 1;
	}

	private boolean compressible(String contentType) {
		MimeType type = MimeType.valueOf(contentType);
		return this.types.stream().anyMatch((candidate) -> candidate.equalsTypeAndSubtype(type));
	}

	private boolean excluded(String agent) {
		return agent != null && this.excludedAgents.stream().anyMatch((pattern) -> pattern.matcher(agent).matches());
	}

}
