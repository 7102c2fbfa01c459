package com.newscenter.analytics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hooks view counting into Spring MVC: views of pages that fail are taken back.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsWebConfiguration implements WebMvcConfigurer {

	private final ViewTracker tracker;

	AnalyticsWebConfiguration(ViewTracker tracker) {
		this.tracker = tracker;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FailedViewInterceptor(this.tracker)).addPathPatterns("/*/news/*", "/*/news/*/*");
	}

}
