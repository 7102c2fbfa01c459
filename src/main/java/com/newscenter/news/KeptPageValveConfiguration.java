package com.newscenter.news;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the {@link KeptPageValve} in Tomcat's engine when pages are kept, after the valves
 * Spring Boot adds there, so that a proxy's {@code X-Forwarded-*} headers are applied
 * before a page is looked up by its address.
 */
@Component
class KeptPageValveConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final boolean enabled;

	private final ObjectProvider<PageCacheFilter> pages;

	KeptPageValveConfiguration(NewsCenterProperties properties, ObjectProvider<PageCacheFilter> pages) {
		this.enabled = properties.pageCache().enabled();
		this.pages = pages;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (this.enabled) {
			factory.addEngineValves(new KeptPageValve(SingletonSupplier.of(this.pages::getObject)));
		}
	}

}
