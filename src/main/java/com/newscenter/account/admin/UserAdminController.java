package com.newscenter.account.admin;

import java.util.Arrays;
import java.util.List;

import com.newscenter.account.AccountException;
import com.newscenter.account.NewUser;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.account.UserAdministration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' user pages: list, create, disable or enable, change role, reset
 * password. The rules are {@link UserAdministration}'s.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "admin/account/users";

	static final String NEW_VIEW = "admin/account/user-new";

	static final String PASSWORD_VIEW = "admin/account/user-password";

	private static final String REDIRECT_LIST = "redirect:/admin/users";

	private final UserAdministration users;

	private final AdminTimes times;

	UserAdminController(UserAdministration users, AdminTimes times) {
		this.users = users;
		this.times = times;
	}

	@ModelAttribute("roles")
	List<String> roles() {
		return Arrays.stream(Role.values()).map(Role::name).toList();
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal actor, Model model) {
		model.addAttribute("users",
				this.users.users(actor)
					.stream()
					.map((u) -> new UserRow(u.id(), u.username(), u.role().name(), u.enabled(),
							this.times.format(u.createdAt()), actor.id() == u.id()))
					.toList());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		return NEW_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal actor, @ModelAttribute("form") UserForm form,
			BindingResult errors, RedirectAttributes redirect) {
		try {
			this.users.create(actor, new NewUser(form.getUsername(), form.getPassword(), form.getRole()));
		}
		catch (AccountException ex) {
			AccountForms.reject(ex, errors);
			return NEW_VIEW;
		}
		return done(redirect, "account.users.created");
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		return apply(redirect, () -> this.users.setEnabled(actor, id, enabled));
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, @RequestParam String role,
			RedirectAttributes redirect) {
		return apply(redirect, () -> this.users.changeRole(actor, id, role));
	}

	@GetMapping("/{id}/password")
	String resetForm(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id, Model model) {
		model.addAttribute("user", this.users.user(actor, id));
		model.addAttribute("form", new ResetPasswordForm());
		return PASSWORD_VIEW;
	}

	@PostMapping("/{id}/password")
	String reset(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
			@ModelAttribute("form") ResetPasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			this.users.resetPassword(actor, id, form.getPassword());
		}
		catch (AccountException ex) {
			AccountForms.reject(ex, errors);
			model.addAttribute("user", this.users.user(actor, id));
			return PASSWORD_VIEW;
		}
		return done(redirect, "account.users.passwordReset");
	}

	private static String apply(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (AccountException ex) {
			if (ex.getReason() == AccountException.Reason.FORBIDDEN
					|| ex.getReason() == AccountException.Reason.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getViolations().get(0).messageKey());
			return REDIRECT_LIST;
		}
		return done(redirect, "account.users.saved");
	}

	private static String done(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("notice", messageKey);
		return REDIRECT_LIST;
	}

}
