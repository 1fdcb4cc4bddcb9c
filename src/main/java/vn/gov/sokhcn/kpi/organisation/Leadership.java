package vn.gov.sokhcn.kpi.organisation;

/** In order of seniority: a leader is over the people of their unit with a lower level. */
public enum Leadership { NONE, DEPUTY_HEAD, HEAD, DEPUTY_DIRECTOR, DIRECTOR }
