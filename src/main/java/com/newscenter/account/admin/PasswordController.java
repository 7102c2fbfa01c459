package com.newscenter.account.admin;

import jakarta.servlet.http.HttpSession;

import com.newscenter.account.AccountException;
import com.newscenter.account.AccountService;
import com.newscenter.account.SessionPasswords;
import com.newscenter.account.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets every signed-in user change their own password.
 */
@Controller
@RequestMapping("/admin/account/password")
class PasswordController {

	static final String VIEW = "admin/account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("form") PasswordForm form,
			BindingResult errors, HttpSession session, RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(actor, form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmPassword());
		}
		catch (AccountException ex) {
			AccountForms.reject(ex, errors);
			return VIEW;
		}
		// this session stays signed in; the user's other sessions end on their next
		// request
		this.accounts.findByUsername(actor.username()).ifPresent((user) -> SessionPasswords.mark(session, user));
		redirect.addFlashAttribute("changed", true);
		return "redirect:/admin/account/password";
	}

}
