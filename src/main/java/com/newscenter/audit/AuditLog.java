package com.newscenter.audit;

import java.time.Clock;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.system.SqlTimes;
import com.newscenter.system.web.ForbiddenException;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the audit log: records every {@link Audited} write in the writer's transaction
 * and lists the log newest first.
 */
@Service
public class AuditLog {

	private static final int DETAIL_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(Audited event) {
		String detail = event.detail();
		if (detail != null && detail.length() > DETAIL_LENGTH) {
			detail = detail.substring(0, DETAIL_LENGTH);
		}
		this.jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action_name, target, detail) VALUES (?, ?, ?, ?, ?)")
			.params(SqlTimes.toDb(this.clock.instant()), event.actor().username(), event.action(), event.target(),
					detail)
			.update();
	}

	/**
	 * Returns one page of the log, newest first.
	 * @param page the page, from 1
	 * @param size the page size
	 * @return the entries
	 */
	public List<AuditEntry> page(int page, int size) {
		return this.jdbc
			.sql("SELECT occurred_at, actor, action_name, target, detail FROM audit_log"
					+ " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(size, (long) (page - 1) * size)
			.query((rs, row) -> new AuditEntry(SqlTimes.fromDb(rs, "occurred_at"), rs.getString("actor"),
					rs.getString("action_name"), rs.getString("target"), rs.getString("detail")))
			.list();
	}

	/**
	 * Fails unless the actor may read the log: administrators may.
	 * @param actor who asks
	 * @throws ForbiddenException when they may not
	 */
	public void checkCanRead(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("Only administrators may read the audit log");
		}
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
	}

}
