package io.skillgate.access;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.base.CompanyId;

import static io.skillgate.base.CsvCells.formulaSafe;

/**
 * The company's seats as a SAM tool (ServiceNow and the like) reads them: every user with role, activation, last
 * sign-in, last activity and creation, as CSV (RFC 4180, header row, UTC instants, formula-safe cells).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {

    private static final String[] HEADER = {"email", "first name", "last name", "role", "active",
        "last sign-in (UTC)", "last activity (UTC)", "created (UTC)"};

    private final PortalUserRepository users;

    SubscriptionService(PortalUserRepository users) {
        this.users = users;
    }

    /** For the users page: only an admin, and only their own company. */
    public void exportCsv(PortalUserPrincipal admin, Writer out) throws IOException {
        if (!admin.companyAdmin()) {
            throw new UserException(UserException.Reason.FORBIDDEN, "Only a company admin exports its users");
        }
        exportCsv(admin.requireCompanyId(), out);
    }

    /** For the Users API: the API key's company. */
    public void exportCsv(CompanyId companyId, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        for (var user : users.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId.value())) {
            printer.printRecord(formulaSafe(user.getEmail()), formulaSafe(user.getFirstName()),
                    formulaSafe(user.getLastName()), user.getSystemRole().name().toLowerCase(Locale.ROOT),
                    user.isActive(), user.getLastSignInAt(), user.getLastActivityAt(), user.getCreatedAt());
        }
        printer.flush();
    }
}
