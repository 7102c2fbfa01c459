package com.newscenter.account.admin;

/**
 * What a user types to create an API token.
 */
public class TokenForm {

	private String name;

	private String days = "30";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDays() {
		return this.days;
	}

	public void setDays(String days) {
		this.days = days;
	}

}
