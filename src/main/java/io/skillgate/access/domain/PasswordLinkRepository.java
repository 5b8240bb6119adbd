package io.skillgate.access.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PasswordLinkRepository extends Repository<PasswordLink, Long> {

    PasswordLink save(PasswordLink link);

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /** Removes the user's links not used yet: a newer link replaces them. */
    @Modifying
    @Query("DELETE FROM PasswordLink l WHERE l.userId = :userId AND l.usedAt IS NULL")
    int deleteUnusedOf(@Param("userId") long userId);

    /** Marks the link used unless it already is: one guarded UPDATE, so two uses at once cannot both succeed. */
    @Modifying
    @Query("UPDATE PasswordLink l SET l.usedAt = :now WHERE l.id = :id AND l.usedAt IS NULL AND l.expiresAt > :now")
    int use(@Param("id") long id, @Param("now") Instant now);
}
