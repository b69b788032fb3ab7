package pl.edugmina.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as the business rules see it: login, roles and the units in their scope.
 * A unit user's scope is their unit and, for a zespół, its member units. Department roles
 * see every unit. All permission decisions of the registry are made here, in one place.
 */
public record Actor(String login, Set<Role> roles, Long unitId, Set<Long> unitScope) {

    public static final String ANONYMOUS = "anonymous";

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        unitScope = Set.copyOf(unitScope);
    }

    public static Actor anonymous() {
        return new Actor(ANONYMOUS, Set.of(), null, Set.of());
    }

    /** The system itself (start-up jobs, demo data). */
    public static Actor system() {
        return new Actor("system", EnumSet.of(Role.ADMIN), null, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAuthenticated() {
        return !ANONYMOUS.equals(login) && !roles.isEmpty();
    }

    /** Department roles (and the administrator) see the whole city. */
    public boolean seesAllUnits() {
        return roles.stream().anyMatch(Role::isDepartmentRole);
    }

    public boolean isUnitUser() {
        return !seesAllUnits() && roles.stream().anyMatch(Role::isUnitRole);
    }

    public boolean canViewRegistry() {
        return seesAllUnits() || isUnitUser();
    }

    public boolean canViewUnit(long id) {
        return seesAllUnits() || (isUnitUser() && unitScope.contains(id));
    }

    /** Department staff edit any unit; a unit's director and secretariat edit their own. */
    public boolean canEditUnit(long id) {
        if (has(Role.ADMIN) || has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD) || has(Role.DEPT_OFFICER)) {
            return true;
        }
        return (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && unitScope.contains(id);
    }

    /** Creating units, changing their identity (RSPO, type, parent) and importing from RSPO. */
    public boolean canManageRegistry() {
        return has(Role.ADMIN) || has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD) || has(Role.DEPT_OFFICER);
    }

    public boolean canManageGroups() {
        return canManageRegistry();
    }

    public boolean canEditStaffOf(Long unit) {
        if (canManageRegistry()) {
            return true;
        }
        return unit != null && (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && unitScope.contains(unit);
    }

    public boolean canAdministerUsers() {
        return has(Role.ADMIN);
    }

    public boolean canViewAudit() {
        return has(Role.ADMIN);
    }

    /** The e-mails the system sent or failed to send (addresses: personal data), and a test mail. */
    public boolean canAdministerMail() {
        return has(Role.ADMIN);
    }

    /**
     * The correspondence register: the department sees every item (also those of no unit, {@code unit} null); a
     * unit's director and secretariat the items of their unit. Every correspondence permission is decided here.
     */
    public boolean canViewCorrespondenceOf(Long unit) {
        if (seesAllUnits()) {
            return true;
        }
        return unit != null && (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && unitScope.contains(unit);
    }

    /** The department sends tracked messages to units and follows the answers. */
    public boolean canSendMessages() {
        return seesAllUnits();
    }

    /** Everyone assigned to a unit receives the messages addressed to it and may answer for it. */
    public boolean canAnswerMessagesOf(long unit) {
        return isUnitUser() && unitScope.contains(unit);
    }

    /** Citizens write to the city on the portal and follow their own letters there. */
    public boolean canWritePortalLetters() {
        return isAuthenticated() && has(Role.CITIZEN);
    }

    public boolean canUseCorrespondence() {
        return seesAllUnits() || has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY);
    }

    // ---------------------------------------------------------------- applications (wnioski)

    /** Department staff open calls for applications (nabory wniosków) and define kinds of applications. */
    public boolean canCreateApplicationCalls() {
        return has(Role.ADMIN) || has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD) || has(Role.DEPT_OFFICER);
    }

    /**
     * Runs a call and sees all its applications, scores and the ranking: its author, the section head, the department
     * director and the administrator. Any other officer sees a call's applications only as a committee member, and
     * then only those assigned to them.
     */
    public boolean canManageApplicationCall(String author) {
        return has(Role.ADMIN) || has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD) || (has(Role.DEPT_OFFICER) && login.equals(author));
    }

    /** Records the mayor's final decision (granted amounts) of a call. */
    public boolean canRecordApplicationDecision() {
        return has(Role.ADMIN) || has(Role.DEPT_DIRECTOR);
    }

    /** Committees are made of department staff; unit users and citizens never score. */
    public boolean canSitOnCommittee() {
        return seesAllUnits();
    }

    /** A committee member scores an application only when it is assigned to them. */
    public boolean canScoreApplication(boolean assignedToMe) {
        return canSitOnCommittee() && assignedToMe;
    }

    /** Every user of a unit follows the unit's applications (status, history, granted amount). */
    public boolean canViewApplicationsOf(long unit) {
        return isUnitUser() && unitScope.contains(unit);
    }

    /** A unit's director and secretariat write, submit and correct its applications and reports. */
    public boolean canApplyFor(long unit) {
        return isUnitUser() && (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && unitScope.contains(unit);
    }

    // ---------------------------------------------------------------- repairs and registers (issue 4)

    /** The department's officials (not the technical administrator) handle repair requests. */
    private boolean isDepartmentOfficial() {
        return has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD) || has(Role.DEPT_OFFICER);
    }

    /** Repair requests: the department sees every unit's, a unit's users their own units'. */
    public boolean canViewRepairs() {
        return seesAllUnits() || isUnitUser();
    }

    public boolean canViewRepairsOf(long unit) {
        return seesAllUnits() || (isUnitUser() && unitScope.contains(unit));
    }

    /** A unit's director and secretariat submit, correct and add photos to their units' requests. */
    public boolean canRequestRepairsFor(long unit) {
        return (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && !seesAllUnits() && unitScope.contains(unit);
    }

    /** The unit's director confirms the work done (odbiór): the one who answers for the building. */
    public boolean canAcceptRepairsOf(long unit) {
        return has(Role.UNIT_DIRECTOR) && !seesAllUnits() && unitScope.contains(unit);
    }

    /** Taking requests up, returning them, marking work started, settling and closing: any department official. */
    public boolean canHandleRepairs() {
        return isDepartmentOfficial();
    }

    /** Money decisions: allocating from the pool, refusing a request, setting a year's pool. */
    public boolean canAllocateRepairFunds() {
        return has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD);
    }
    /** The registers (contracts, innovations, job offers): the department sees every unit's, a unit's users their own. */
    public boolean canViewRegisters() {
        return seesAllUnits() || isUnitUser();
    }

    public boolean canViewRegistersOf(long unit) {
        return seesAllUnits() || (isUnitUser() && unitScope.contains(unit));
    }

    /** A unit's director and secretariat keep their units' registers. */
    public boolean canKeepRegistersOf(long unit) {
        return (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && !seesAllUnits() && unitScope.contains(unit);
    }

    /** An open job offer is corrected by those who keep its unit's registers and by the department's officials. */
    public boolean canCorrectJobOffersOf(long unit) {
        return isDepartmentOfficial() || canKeepRegistersOf(unit);
    }

    /** The city's standards for contracts (minimum rates) are set by the department's head or director. */
    public boolean canSetContractStandards() {
        return has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD);
    }
    /**
     * Candidates of the job bank (personal data): the department's officials see every candidate; a unit's director and
     * secretariat those who applied to their units' offers (the service narrows the list to those).
     */
    public boolean canViewAllJobCandidates() {
        return isDepartmentOfficial();
    }

    public boolean canViewJobCandidatesOf(long unit) {
        return isDepartmentOfficial() || canKeepRegistersOf(unit);
    }
    // ---------------------------------------------------------------- recruitment (issue 5)

    /**
     * Trial allocations (dry runs) and the results of every run, candidates' outcomes included: the department's
     * officials. Not the technical administrator, not units, not parents.
     */
    public boolean canRunTrialAllocations() {
        return isDepartmentOfficial();
    }

    /** The allocation whose result is published (FINAL): the department's head of section or director. */
    public boolean canRunFinalAllocation() {
        return has(Role.DEPT_DIRECTOR) || has(Role.DEPT_HEAD);
    }

    /** Replacing a published result with a new FINAL run (with a reason): the department's director only. */
    public boolean canSupersedeFinalAllocation() {
        return has(Role.DEPT_DIRECTOR);
    }

    /** Synthetic campaigns for benchmarks and demonstrations (only where the generator is switched on). */
    public boolean canGenerateRecruitmentCampaigns() {
        return has(Role.ADMIN);
    }

    // ---------------------------------------------------------------- recruitment applications (issue 5)

    /** A parent applies for their child on the portal and follows their own applications. */
    public boolean canApplyForRecruitment() {
        return isAuthenticated() && has(Role.CITIZEN);
    }

    /** The department's officials read every application of a campaign. */
    public boolean seesAllRecruitmentApplications() {
        return isDepartmentOfficial();
    }

    /** A unit's director and secretariat read the applications naming their unit's classes. */
    public boolean readsRecruitmentApplicationsOf(long unit) {
        return (has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && unitScope.contains(unit);
    }

    /** Starting the retention of recruitment data by hand (it also runs every night): the technical administrator. */
    public boolean canRunRecruitmentRetention() {
        return has(Role.ADMIN);
    }

    // ---------------------------------------------------------------- recruitment commission (issue 5)

    /**
     * The recruitment commission of a unit verifies the applications whose first choice is the unit: its director and
     * secretariat; the department's officials may verify any unit's.
     */
    public boolean canVerifyRecruitmentApplicationsOf(long unit) {
        return isDepartmentOfficial() || ((has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && !seesAllUnits() && unitScope.contains(unit));
    }

    /** Whoever sits on some unit's recruitment commission (the screens "Rekrutacja – komisja"). */
    public boolean sitsOnRecruitmentCommission() {
        return isDepartmentOfficial() || ((has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && isUnitUser());
    }

    /**
     * Setting campaigns up (data, timetable, offer, criteria, catchment areas) and moving them through their statuses:
     * the department's officials. Not the technical administrator, not units, not parents.
     */
    public boolean canManageRecruitmentCampaigns() {
        return isDepartmentOfficial();
    }

    /**
     * The published lists of a campaign with the candidates' names (qualified / not qualified, to print and post at the
     * unit, as the law says): the department's officials for every unit; a unit's director and secretariat for their
     * units. The public sees codes only.
     */
    public boolean canViewRecruitmentListsOf(long unit) {
        return isDepartmentOfficial() || ((has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && !seesAllUnits() && unitScope.contains(unit));
    }

    /** Whether the user has any published lists to print (the menu). */
    public boolean canViewRecruitmentLists() {
        return isDepartmentOfficial() || ((has(Role.UNIT_DIRECTOR) || has(Role.UNIT_SECRETARY)) && !seesAllUnits());
    }
}
