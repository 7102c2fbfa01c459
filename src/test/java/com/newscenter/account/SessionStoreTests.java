package com.newscenter.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one back-office session that add the same attribute at once both go
 * through, the later value kept, on the embedded database (and, in the subclass, on
 * PostgreSQL).
 */
@SpringBootTest
class SessionStoreTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeAtOnceBothGoThrough() {
		addTheSameAttributeTwice(this.sessions);
	}

	private static <S extends Session> void addTheSameAttributeTwice(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "yes");
		sessions.save(session);
		// what two requests read before either of them saved
		S first = sessions.findById(session.getId());
		S second = sessions.findById(session.getId());

		first.setAttribute("flash", List.of("Saved."));
		second.setAttribute("flash", List.of("Published."));
		sessions.save(first);
		sessions.save(second);

		S stored = sessions.findById(session.getId());
		assertThat(stored.<List<String>>getAttribute("flash")).containsExactly("Published.");
		assertThat(stored.<String>getAttribute("signed-in")).isEqualTo("yes");
		sessions.deleteById(session.getId());
	}

}
