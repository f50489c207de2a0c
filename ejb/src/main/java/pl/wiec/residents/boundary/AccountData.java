package pl.wiec.residents.boundary;

import java.util.List;

import pl.wiec.residents.entity.Consent;
import pl.wiec.residents.entity.EmailToken;
import pl.wiec.residents.entity.PersonalData;
import pl.wiec.residents.entity.Resident;

/**
 * The account's part of a resident's data: the account, what login.gov.pl confirmed, what they said about themselves,
 * their consents. The national identity appears as what Wiec knows of it (level, date), never as the keyed hash, which
 * is no data of the person's but Wiec's way to recognise them; the password, as the fact that one is set; a new address
 * waiting for its confirmation, without the link's token.
 */
final class AccountData {

    private AccountData() {
    }

    static void add(PersonalData data, Resident resident, List<EmailToken> pendingAddresses) {
        data.section("account").add().put("id", resident.id()).put("createdAt", resident.createdAt())
                .put("firstName", resident.firstName()).put("familyName", resident.familyName())
                .put("email", resident.email()).put("emailConfirmedAt", resident.emailConfirmedAt())
                .put("verification", resident.verification()).put("language", resident.language().getLanguage())
                .put("passwordSet", resident.hasPassword()).put("privacyNoticeShownAt", resident.privacyNoticeAt())
                .put("registrationNoticeAt", resident.registrationNoticeAt());
        PersonalData.Section pending = data.section("pendingEmail");
        pendingAddresses
                .forEach(token -> pending.add().put("email", token.newEmail()).put("expiresAt", token.expiresAt()));
        PersonalData.Section national = data.section("nationalIdentity");
        if (resident.nationalLevel() != null) {
            national.add().put("levelOfAssurance", resident.nationalLevel())
                    .put("lastVerifiedAt", resident.nationalAt()).put("dateOfBirth", resident.dateOfBirth());
        }
        PersonalData.Section about = data.section("aboutYou");
        if (resident.birthYear() != null || resident.residenceArea() != null || resident.gender() != null) {
            about.add().put("residenceArea", resident.residenceArea()).put("birthYear", resident.birthYear())
                    .put("gender", resident.gender());
        }
        PersonalData.Section consents = data.section("consents");
        for (Consent consent : resident.consents()) {
            consents.add().put("kind", consent.kind()).put("givenAt", consent.givenAt()).put("withdrawnAt",
                    consent.withdrawnAt());
        }
    }
}
