package com.newscenter.account.admin;

import com.newscenter.account.AccountException;
import com.newscenter.account.AccountService;
import com.newscenter.account.ApiToken;
import com.newscenter.account.ApiTokenService;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each user's own API tokens: create one (its value shown once), list, revoke; an
 * administrator also sees and revokes everyone else's.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokenAdminController {

	static final String VIEW = "admin/account/tokens";

	private static final String REDIRECT = "redirect:/admin/tokens";

	private final ApiTokenService tokens;

	private final AdminTimes times;

	TokenAdminController(ApiTokenService tokens, AdminTimes times) {
		this.tokens = tokens;
		this.times = times;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		model.addAttribute("form", new TokenForm());
		return page(actor, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("form") TokenForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AccountService.IssuedToken issued;
		try {
			issued = this.tokens.create(actor, form.getName(), form.getDays());
		}
		catch (AccountException ex) {
			AccountForms.reject(ex, errors);
			return page(actor, model);
		}
		redirect.addFlashAttribute("createdToken", issued.token());
		return REDIRECT;
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, id);
		redirect.addFlashAttribute("notice", "account.tokens.revoked");
		return REDIRECT;
	}

	private String page(StaffPrincipal actor, Model model) {
		model.addAttribute("tokens", this.tokens.tokens(actor).stream().map((t) -> row(t, null)).toList());
		model.addAttribute("seesOthers", actor.role() == Role.ADMIN);
		model.addAttribute("othersTokens",
				this.tokens.othersTokens(actor).stream().map((t) -> row(t.token(), t.username())).toList());
		model.addAttribute("lifetimes", ApiTokenService.LIFETIME_DAYS);
		return VIEW;
	}

	private TokenRow row(ApiToken token, String username) {
		return new TokenRow(token.id(), token.name(), this.times.format(token.createdAt()),
				this.times.format(token.expiresAt()), this.times.format(token.lastUsedAt()), username);
	}

}
