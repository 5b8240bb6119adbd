package io.skillgate.audit.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete methods on purpose. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCompanyIdOrderByIdDesc(Long companyId, Limit limit);

    List<AuditEvent> findByCompanyIdAndIdGreaterThanAndOccurredAtGreaterThanEqualOrderById(Long companyId, long afterId,
                                                                                           Instant since, Limit limit);

    List<AuditEvent> findByActionOrderByIdDesc(String action, Limit limit);
}
