package io.skillgate.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

import io.skillgate.catalog.OrderablePackage;
import io.skillgate.catalog.PackageRef;
import io.skillgate.catalog.PackageSummary;

public interface AssessmentPackageRepository extends JpaRepository<AssessmentPackage, Long> {

    // JPQL with fetch joins rather than entity graphs: Hibernate caches these queries' plans (partner API hot path)

    @Query("select distinct p from AssessmentPackage p left join fetch p.assessments "
            + "where p.companyId = :companyId and p.active = true order by p.name")
    List<AssessmentPackage> findByCompanyIdAndActiveTrueOrderByNameAsc(long companyId);

    @Query("select p from AssessmentPackage p left join fetch p.assessments "
            + "where p.companyId = :companyId and p.publicId = :publicId")
    Optional<AssessmentPackage> findByCompanyIdAndPublicId(long companyId, String publicId);

    @Query("select new io.skillgate.catalog.OrderablePackage(p.type, p.invitationDays) from AssessmentPackage p "
            + "where p.companyId = :companyId and p.publicId = :publicId and p.active = true")
    Optional<OrderablePackage> findOrderable(long companyId, String publicId);

    boolean existsByCompanyId(long companyId);

    @Query("select new io.skillgate.catalog.PackageRef(p.publicId, p.name, p.active) from AssessmentPackage p "
            + "where p.companyId = :companyId order by p.name")
    List<PackageRef> findRefs(long companyId);
    @Query("select new io.skillgate.catalog.PackageSummary(p.publicId, p.name, p.type, p.active, "
            + "count(distinct a.id), count(q.id)) from AssessmentPackage p left join p.assessments a "
            + "left join a.questions q where p.companyId = :companyId "
            + "group by p.id, p.publicId, p.name, p.type, p.active order by p.name, p.id")
    List<PackageSummary> summaries(long companyId);
}
