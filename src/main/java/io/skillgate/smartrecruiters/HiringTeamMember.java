package io.skillgate.smartrecruiters;

/**
 * One member of a job's hiring team: SR's user id and role ({@code HIRING_MANAGER}, {@code INTERVIEW_TEAM},
 * {@code RECRUITER}, {@code EXECUTIVE}, {@code COORDINATOR} or a custom string). Names come from the Users API.
 */
public record HiringTeamMember(String id, String role) {
}
