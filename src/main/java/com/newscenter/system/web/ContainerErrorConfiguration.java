package com.newscenter.system.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ContainerErrorValve} in place of the error report valve that Tomcat and
 * Spring Boot would add to the host. Runs after Boot's own customizer, whose valve it
 * removes.
 */
@Component
class ContainerErrorConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final ProblemResponses problems;

	private final MessageSource messages;

	ContainerErrorConfiguration(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				// the host adds a valve of this class on start unless it finds one
				host.setErrorReportValveClass(ContainerErrorValve.class.getName());
				host.getPipeline().addValve(new ContainerErrorValve(this.problems, this.messages));
			}
		});
	}

}
