package pl.wiec.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.audit.boundary.AuditLog;
import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.municipality.boundary.ProfileChangedMeanwhile;
import pl.wiec.municipality.entity.FieldChange;
import pl.wiec.municipality.entity.Logo;
import pl.wiec.municipality.entity.Municipality;
import pl.wiec.municipality.entity.ProfileDetails;
import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;

/** The municipality profile boundary inside the real server: who may change it, and what every change leaves. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class MunicipalityProfileIT {

    private static final byte[] PNG_1X1 = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(MunicipalityProfileIT.class);
    }

    @Inject
    MunicipalityProfile profile;

    @Inject
    AuditLog auditLog;

    @Test
    void everyoneReadsTheDemoMunicipality() {
        Municipality municipality = profile.current();
        assertEquals("2001011", municipality.teryt().code());
        assertTrue(municipality.primaryColour().hex().matches("#[0-9a-f]{6}"));
    }

    @Test
    void anonymousCallerCannotChangeTheProfile() {
        Municipality current = profile.current();
        ProfileDetails details = ProfileDetails.of(current);
        details.setName("Hacked");
        assertThrows(EJBAccessException.class, () -> profile.revise(details, current.version()));
        assertFalse("Hacked".equals(profile.current().name()));
    }

    @Test
    void clerkAndModeratorCannotChangeTheProfileOrReadTheAuditLog() throws Exception {
        for (String staff : List.of(Staff.CLERK, Staff.MODERATOR)) {
            Municipality current = profile.current();
            ProfileDetails details = ProfileDetails.of(current);
            details.setName("Changed by " + staff);
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(staff, () -> profile.revise(details, current.version())));
            assertThrows(EJBAccessException.class, () -> Staff.as(staff, () -> auditLog.count(new AuditQuery())));
        }
        assertFalse(profile.current().name().startsWith("Changed by"));
    }

    @Test
    void administratorsChangeIsSavedAndAuditedWithWhoAndWhat() throws Exception {
        Municipality before = profile.current();
        String email = "bo-" + UUID.randomUUID().toString().substring(0, 8) + "@um-augustow.example";
        ProfileDetails details = ProfileDetails.of(before);
        details.setContactEmail(email);
        details.setPrimaryColour("#0b5a2a");

        List<FieldChange> changes = Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(details, before.version()));

        assertEquals(email, profile.current().contactEmail());
        assertTrue(changes.stream()
                .anyMatch(change -> change.field().equals("contactEmail") && change.after().equals(email)));
        AuditQuery byAdministrator = new AuditQuery();
        byAdministrator.setActor(Staff.ADMINISTRATOR);
        AuditEntry newest = Staff.as(Staff.ADMINISTRATOR, () -> auditLog.find(byAdministrator, 0, 1)).get(0);
        assertEquals(Staff.ADMINISTRATOR, newest.actor());
        assertEquals(MunicipalityProfile.REVISED, newest.action());
        assertTrue(newest.details().contains(email), newest.details());

        byAdministrator.setFrom(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")));
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> auditLog.count(byAdministrator)) >= 1, "found by today's date");
        byAdministrator.setFrom(byAdministrator.getFrom().plusDays(1));
        assertEquals(0L, Staff.as(Staff.ADMINISTRATOR, () -> auditLog.count(byAdministrator)), "none from tomorrow");
    }

    @Test
    void theQuestionsResidentsAreAskedAreTheAdministratorsChoiceAndAudited() throws Exception {
        Municipality before = profile.current();
        ProfileDetails details = ProfileDetails.of(before);
        String area = "Osiedle " + UUID.randomUUID().toString().substring(0, 6);
        details.setResidenceAreas(details.getResidenceAreas() + "\n" + area + "\n");
        details.setAskGender(false);

        List<FieldChange> changes = Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(details, before.version()));

        assertTrue(profile.current().residentQuestions().residenceAreas().contains(area));
        assertFalse(profile.current().residentQuestions().askGender());
        assertTrue(changes.stream().anyMatch(
                change -> change.field().equals("residentQuestions") && String.valueOf(change.after()).contains(area)),
                changes.toString());

        ProfileDetails restore = ProfileDetails.of(profile.current());
        restore.setAskGender(before.residentQuestions().askGender());
        restore.setResidenceAreas(String.join("\n", before.residentQuestions().residenceAreas()));
        Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(restore, profile.current().version()));
    }

    @Test
    void aFormLoadedBeforeSomeoneElseSavedIsRefusedAndChangesNothing() throws Exception {
        Municipality loaded = profile.current();
        ProfileDetails first = ProfileDetails.of(loaded);
        first.setCity("Augustów " + UUID.randomUUID().toString().substring(0, 4));
        Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(first, loaded.version()));

        ProfileDetails stale = ProfileDetails.of(loaded);
        stale.setName("Stale edit");
        assertThrows(ProfileChangedMeanwhile.class,
                () -> Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(stale, loaded.version())));
        assertEquals(first.getCity(), profile.current().address().city());
        assertFalse("Stale edit".equals(profile.current().name()));
    }

    @Test
    void boundaryRefusesAnInvalidTerytCodeEvenWithoutTheForm() throws Exception {
        Municipality current = profile.current();
        ProfileDetails details = ProfileDetails.of(current);
        details.setTeryt("2001016");
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Staff.as(Staff.ADMINISTRATOR, () -> profile.revise(details, current.version())));
        assertEquals("teryt", refused.problems().get(0).field(), "named by its field, without the value");
        assertFalse(refused.getMessage().contains("2001016"), refused.getMessage());
        assertEquals("2001011", profile.current().teryt().code());
    }

    @Test
    void logoMustReallyBeAnImageAndIsServedBack() throws Exception {
        byte[] svgPretendingToBePng = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes();
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.ADMINISTRATOR, () -> profile.replaceLogo(svgPretendingToBePng)));

        Staff.as(Staff.ADMINISTRATOR, () -> profile.replaceLogo(PNG_1X1));
        Optional<Logo> logo = profile.logo();
        assertTrue(logo.isPresent());
        assertEquals("image/png", logo.get().contentType());
        assertTrue(profile.current().hasLogo());
    }
}
