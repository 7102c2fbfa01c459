package com.newscenter.admin;

import com.newscenter.system.web.BadRequestException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal beside the form field it names, so a back-office form shows it
 * again with what the user typed instead of an error page.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Records a refusal as an error of its field, or of the whole form when the form has
	 * no such field. The message is the bundle's {@code prefix.field} in the back
	 * office's language; the service's own reason is the fallback.
	 * @param result the form's binding result
	 * @param ex the refusal
	 * @param prefix the message key prefix, such as {@code content.category.error}
	 */
	public static void reject(BindingResult result, BadRequestException ex, String prefix) {
		String field = ex.getField();
		Object target = result.getTarget();
		if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
			result.rejectValue(field, prefix + "." + field, ex.getMessage());
		}
		else {
			result.reject(prefix + "." + ((field != null) ? field : "form"), ex.getMessage());
		}
	}

}
