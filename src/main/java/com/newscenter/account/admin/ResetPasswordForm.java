package com.newscenter.account.admin;

/**
 * What an administrator types to give another user a new password.
 */
public class ResetPasswordForm {

	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
