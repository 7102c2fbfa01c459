package com.newscenter.admin;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.account.StaffPrincipal;
import com.newscenter.site.Languages;
import com.newscenter.system.web.PathLocaleResolver;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Gives every back-office page its {@link AdminShell}, whichever feature's controller
 * serves it.
 */
@ControllerAdvice
class AdminShellAdvice {

	private final Languages languages;

	private final PathLocaleResolver locales;

	AdminShellAdvice(Languages languages, LocaleResolver locales) {
		this.languages = languages;
		this.locales = (PathLocaleResolver) locales;
	}

	@ModelAttribute("shell")
	AdminShell shell(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin")) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = null;
		String role = null;
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			username = authentication.getName();
			role = authentication.getAuthorities()
				.stream()
				.map((a) -> a.getAuthority().replace("ROLE_", ""))
				.findFirst()
				.orElse(null);
			if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
				role = staff.role().name();
			}
		}
		return new AdminShell(username, role, this.locales.language(request), this.languages.all(), path);
	}

}
