package com.newscenter.news;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sizes the buffer Tomcat writes each connection's responses through
 * ({@code newscenter.page-cache.write-buffer}): with its 8 KB a kept page of 12 KB left
 * in two writes, headers and the first 8 KB, then the rest; in one write it costs the
 * server less per request. The buffer is taken for every open connection.
 */
@Component
class WriteBufferConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final DataSize MIN = DataSize.ofKilobytes(1);

	private static final DataSize MAX = DataSize.ofMegabytes(1);

	private final long size;

	WriteBufferConfiguration(NewsCenterProperties properties) {
		this.size = properties.pageCache().writeBuffer().toBytes();
		if (this.size < MIN.toBytes() || this.size > MAX.toBytes()) {
			throw new IllegalStateException("newscenter.page-cache.write-buffer must be between " + MIN.toKilobytes()
					+ "KB and " + MAX.toMegabytes() + "MB, not " + this.size + " bytes");
		}
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", Long.toString(this.size)));
	}

}
