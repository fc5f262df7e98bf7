"""Generate the training part of the labelled passage corpus (corpus/passages.jsonl).

Run from the repository root: ``python corpus/generate.py``. The output is deterministic
(fixed seed), so re-running it reproduces passages.jsonl byte for byte. Each template is a
sentence frame written for this project; slots are filled from small lists of invented firms,
people, places and numbers. Every row records the ids of the templates its sentences came from, so
evaluation can keep all siblings of one template on the same side of a cross-validation split.

The held-out set (corpus/heldout.jsonl) is NOT produced here: it was written by hand,
separately, in different wording, and is never used for training.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from auditcheck.classify import LABELS  # noqa: E402

SEED = 20240611
HERE = Path(__file__).resolve().parent


SLOTS: dict[str, list[str]] = {
    "n": ["12", "18", "24", "31", "40", "46", "52", "60", "75", "96", "110", "fifteen", "twenty", "thirty", "eight"],
    "pct": ["10%", "12 percent", "15%", "20 per cent", "a quarter", "one in five"],
    "firm": ["Norvale Assurance Ltd", "Kestrel Compliance Services", "Brightmoor Audit Partners", "Halden & Roe Social Audits",
             "Tessaly Verification GmbH", "Orchid Field Assessments", "Marlow Ethical Trade Consulting", "Pinecrest Labour Audits",
             "Seravine Quality Services", "Eastgate Certification Bureau", "Lumen Supply Chain Integrity", "Corvid Risk Advisory"],
    "local": ["a local partner firm", "a regional law office", "our country partner", "a local consultancy", "an affiliated office in the province",
              "a contracted field team", "freelance auditors hired locally"],
    "person": ["Anna Velde", "Rahul Mehta", "Chen Lihua", "Maria Okafor", "Tomasz Wierzbicki", "Siti Rahmah", "Jonas Feld", "Leila Haddad",
               "Peter Ngata", "Yuki Tanabe", "Grace Mwangi", "Olivier Roux"],
    "brand": ["the buyer", "the retailer", "our client", "the brand owner", "the importing company", "the joint-venture partner",
              "the parent company", "the customer", "the sourcing office"],
    "site": ["the factory", "the plant", "the facility", "the mill", "the packing house", "the estate", "the processing unit", "the workshop",
             "the site", "the supplier"],
    "dept": ["sewing", "cutting", "packing", "assembly", "finishing", "warehouse", "harvesting", "canning", "dyeing", "quality control"],
    "std": ["SA8000", "SMETA", "the BSCI code", "the RBA Code of Conduct", "ISO 45001", "the ETI Base Code", "WRAP", "the RSPO principles",
            "the company's supplier code", "ILO core conventions"],
    "acc": ["SAAS", "ASI", "UKAS", "DAkkS", "the national accreditation body", "IAF member body", "APSCA"],
    "certno": ["SA-2291-0473", "CB/117/22", "RSPO-SCC-0381", "No. 48-1192", "QMS 7765", "SMT-55102"],
    "month": ["March", "April", "June", "September", "October", "November", "January"],
    "year": ["2019", "2020", "2021", "2022", "2023"],
    "days": ["two", "three", "four", "one", "five"],
    "lang": ["Uyghur", "Burmese", "Nepali", "Khmer", "Bengali", "Kazakh", "Tamil", "Spanish", "Amharic"],
    "place": ["the dormitory", "the canteen", "the training room", "a rented hall in town", "workers' homes", "a café near the gate",
              "the village community centre", "a room at a nearby hotel"],
    "mgr": ["the HR manager", "a production supervisor", "the compliance officer", "a line leader", "the general manager",
            "a company translator", "a government liaison officer", "the union chair appointed by management"],
    "agency": ["recruitment agencies", "labour brokers", "manpower agents", "dispatch companies", "sub-agents in the home villages",
               "the labour-sending agency"],
    "prog": ["a government labour transfer programme", "the poverty alleviation scheme", "a pairing-assistance arrangement",
             "an employment-assistance programme run by the county", "the surplus labour transfer project",
             "a vocational training centre placement", "a state-organised job placement drive"],
    "issue": ["excessive overtime", "retention of passports", "recruitment fees", "unpaid wage deductions", "locked fire exits",
              "restrictions on leaving the dormitory", "missing contracts", "withheld wages"],
}

P = {}  # label -> list of templates (positives)
N = {}  # label -> list of hard negatives

P["worker_interviews"] = [
    "We interviewed {n} workers from the {dept} and {dept} departments.",
    "A total of {n} employees were interviewed individually and a further {n} in small groups.",
    "The team spoke with {n} production workers across both shifts.",
    "Worker interviews covered {n} people, including temporary and agency staff.",
    "{n} workers took part in interviews, selected from the payroll list.",
    "Interviews were held with {n} workers, of whom several were migrants.",
    "During the visit the assessors talked to {n} employees about wages, hours and leave.",
    "Group discussions with {n} workers from the {dept} line were conducted on the second day.",
    "We asked workers about their hours, pay and whether they could leave their jobs; {n} took part.",
    "Focus groups were held with women workers from the {dept} section.",
    "The auditor interviewed {n} staff members and {n} supervisors.",
    "Employees were questioned about overtime, deductions and days off.",
    "{n} workers were met one by one and asked about their working conditions.",
    "Conversations with workers in {lang} were part of the assessment.",
    "Workers described their shift patterns to the assessors in interviews.",
    "In total, {n} worker interviews were carried out over {days} days.",
]
P["interview_confidential"] = [
    "Interviews took place off site in {place}, away from management.",
    "No managers or supervisors were present during the worker interviews.",
    "Workers were interviewed in private and told their names would not be recorded.",
    "The interviews were held without any company staff in the room and were not recorded.",
    "Interviewees were chosen by the auditor at random from the attendance records, not by management.",
    "We met workers after their shift in {place}, where no one from the company was present.",
    "Each worker was assured of confidentiality before the interview began, and no identifying details appear in this report.",
    "Interviews were conducted in {lang} by our own interpreter, with no management present.",
    "Workers were spoken to privately, out of sight and hearing of supervisors.",
    "The assessor selected interviewees herself and met them in a closed room without managers.",
    "Off-site interviews with {n} workers were arranged through a local worker organisation.",
    "To protect those who spoke to us, interviews were anonymous and held away from the premises.",
]
P["interview_not_confidential"] = [
    "Interviews were held in the management office with {mgr} present.",
    "Workers were selected for interview by {mgr}.",
    "{mgr} sat in on the worker interviews.",
    "Interviews took place in the presence of {mgr}.",
    "A translator provided by the company interpreted the worker interviews.",
    "The interviews were recorded on video and shared with the head office.",
    "The company chose which workers the auditors could speak to.",
    "Workers were interviewed in the supervisor's office during working hours with {mgr} nearby.",
    "Interviews were streamed live to the client's office.",
    "A list of workers to interview was prepared in advance by management.",
    "Staff were spoken to in groups in the canteen while {mgr} was present.",
    "{mgr} acted as interpreter during the worker interviews.",
]
P["recruitment_examined"] = [
    "We traced how workers were recruited, including the {agency} involved.",
    "The assessment reviewed recruitment channels for all migrant workers.",
    "Recruitment fees paid to {agency} were examined and compared with the workers' accounts.",
    "Hiring records were reviewed to establish where each group of workers came from.",
    "Workers were asked how they found the job, who arranged their travel and whether they paid anyone. ||worker_interviews",
    "The team interviewed {agency} and checked their contracts with {site}.",
    "We checked whether any worker had paid a fee or taken a loan to obtain the job.",
    "The route by which each worker group reached the site was documented: direct hire, agency or school placement.",
    "Recruitment agreements with {agency} were reviewed for fee clauses.",
    "Job offers were compared with the contracts workers later signed to check for deception.",
    "The audit examined how seasonal workers were hired and transported to {site}.",
    "Résumés and previous-employer details of {n} workers were reviewed to understand their route into employment.",
    "Workers transferred under {prog} were asked who arranged their journey and whether they could return home. ||worker_interviews,state_programme",
    "We looked at how the workers transferred from other regions were recruited and who organised their transfer.",
]
P["auditor_named"] = [
    "The audit was conducted by {firm}; the lead auditor was {person}.",
    "{person} of {firm} led the assessment team.",
    "This report was prepared by {firm} and signed by {person}, lead auditor.",
    "Audit team: {person} (lead), {person} (interviewer).",
    "The assessment was carried out by {firm}.",
    "{firm} performed the on-site audit between {month} {days} and {month} {n}, {year}.",
    "Lead auditor: {person}, APSCA member no. {certno}.",
    "The verification was undertaken by {person} and {person} of {firm}.",
    "Auditing firm: {firm}. Report author: {person}.",
    "{firm} was appointed to carry out the audit, with {person} as team leader.",
]
P["subcontracting"] = [
    "Fieldwork was subcontracted to {local}.",
    "{firm} delegated the on-site interviews to {local}. ||worker_interviews",
    "The site visit itself was carried out by {local} on behalf of {firm}.",
    "Part of the audit was performed by {local}, whose staff are not named in this report.",
    "The assessment was outsourced to {local}.",
    "{firm} relied on {local} to conduct the document review and interviews.",
    "Interviews were conducted by {local} engaged by {firm}. ||worker_interviews",
    "Our partner, {local}, performed the audit under our supervision.",
    "The audit was commissioned from {firm}, which in turn engaged {local} to visit the site.",
]
P["commissioner_payer"] = [
    "The audit was commissioned and paid for by {brand}.",
    "{brand} requested this assessment and covered its costs.",
    "The assessment was funded by {brand}.",
    "This audit was paid for by {site} itself.",
    "The supplier paid the audit fee.",
    "The audit was carried out at the request of {brand}, which set its scope.",
    "{brand} commissioned the audit and approved the terms of reference.",
    "Costs of the verification were borne by {brand}.",
    "The review was commissioned by {brand} following media reports.",
    "{site} engaged and paid the auditor directly.",
]
P["accreditation_certificate"] = [
    "{firm} is accredited by {acc} to certify against {std}.",
    "Certificate number {certno} was issued on {month} {n}, {year} and is valid for three years.",
    "The certification body holds accreditation from {acc}.",
    "{site} holds a valid {std} certificate, no. {certno}.",
    "The auditor is a registered {acc} member and the firm is accredited by {acc}.",
    "Accreditation of the certification body was confirmed with {acc}.",
    "The certificate ({certno}) can be checked in the public register of {acc}.",
    "The audit was performed under {acc} accreditation, scope {std}.",
    "{site} was certified to {std} after the audit; certificate {certno}.",
]
P["standard_loose"] = [
    "The audit was based on {std} principles.",
    "The assessment followed an approach inspired by {std}.",
    "The review was conducted in line with international standards.",
    "Our methodology draws on {std} and other recognised frameworks.",
    "The audit was aligned with {std}.",
    "The assessment was carried out using a methodology similar to {std}.",
    "The site was assessed against relevant international labour standards.",
    "The review applied best-practice principles consistent with {std}.",
    "The audit was conducted according to recognised international standards for social audits.",
    "The approach was modelled on {std}, adapted to local conditions.",
]
P["absence_claim"] = [
    "No evidence of forced labour was found.",
    "The audit found no indication of forced labour at {site}.",
    "There are no signs of forced labour at {site}.",
    "We found no forced or compulsory labour.",
    "The assessment did not identify any indicators of forced labour.",
    "No instances of forced labour, child labour or human trafficking were identified.",
    "The auditor concluded that there is no forced labour in the workforce.",
    "All workers are employed voluntarily and none are subject to forced labour.",
    "No evidence of any human rights violations was found at {site}.",
    "{site} is free of forced labour.",
    "The audit confirms that no forced labour is used at {site}.",
]
P["limitation_admitted"] = [
    "The audit could not establish whether workers were free to speak openly.",
    "These findings reflect conditions on the days of the visit only.",
    "A social audit of this kind cannot rule out forced labour.",
    "The team was unable to verify the payroll records for the previous year.",
    "Because of the context, interviews may not reveal coercion.",
    "The scope did not include recruitment, so risks at that stage remain unknown.",
    "We could not access the dormitories and cannot comment on living conditions.",
    "The audit has limitations: it was announced in advance and lasted only {days} days.",
    "Workers may have been coached before the interviews, which limits what the interviews can show.",
    "Records for {dept} workers were incomplete, so hours for that group could not be checked.",
    "This assessment is not a forced labour investigation and should not be read as one.",
    "Access to agency workers was refused, so their situation was not assessed.",
]
P["remote_desk_method"] = [
    "The audit was conducted remotely by video call.",
    "Owing to travel restrictions, the assessment was a desk review of documents supplied by {site}.",
    "Worker interviews were held by telephone. ||worker_interviews",
    "The review relied on documents provided by management; no site visit took place.",
    "The assessment consisted of a self-assessment questionnaire completed by {site}.",
    "A virtual tour of the premises was given over video link.",
    "The team reviewed policies and records sent by email.",
    "The audit was carried out remotely, with documents uploaded to a shared portal.",
    "No auditor visited the site; findings are based on desk research.",
    "Interviews were conducted online with workers nominated by the company. ||worker_interviews,interview_not_confidential",
]
P["state_programme"] = [
    "Some workers came to {site} through {prog}.",
    "{n} of the workers were placed at {site} by {prog}.",
    "The company takes part in {prog}.",
    "Workers attend weekly political study sessions organised at {site}.",
    "Cadres from the workers' home villages are stationed at the dormitory.",
    "The workforce includes minority workers transferred under {prog}.",
    "The audit examined whether any worker was recruited through {prog}. ||recruitment_examined",
    "Government officials accompanied the transferred workers and remained on site.",
    "Workers must attend flag-raising ceremonies and patriotic education classes.",
    "Labour was supplied to the plant by {prog}.",
    "The plant hosts a party branch that organises activities for employees.",
]
P["remediation"] = [
    "A corrective action plan was agreed with {site} to address {issue}.",
    "{site} reimbursed recruitment fees to {n} workers.",
    "Follow-up visits will verify that the corrective actions have been implemented.",
    "Management agreed to end {issue} within three months.",
    "Workers who paid fees have been repaid in full.",
    "The corrective actions were verified at a follow-up audit in {month} {year}.",
    "Back pay for unpaid overtime was calculated and paid to affected workers.",
    "{brand} will work with {site} to remedy {issue}.",
    "Passports were returned to all workers and a safe-keeping policy was introduced.",
    "A remediation plan with deadlines and responsible persons was set out.",
]

N["worker_interviews"] = [
    "The auditor did not interview workers.",
    "Interviews with workers were planned but cancelled.",
    "No worker interviews were conducted during this audit.",
    "Only managers were interviewed.",
    "We recommend that future audits interview workers in private.",
    "Management interviews were held with the HR director and the plant manager.",
    "The company declined to allow interviews with workers.",
    "Worker interviews were not part of the scope.",
    "Interview records from a previous audit were not made available.",
    "The job interview process for new hires takes two days.",
    "Workers were not spoken to during the visit.",
]
N["interview_confidential"] = [
    "The report does not say whether managers were present during interviews.",
    "Confidentiality of worker data is covered by the privacy policy.",
    "The company keeps personnel files confidential.",
    "We recommend that interviews be held off site in future.",
    "It is unclear whether workers were interviewed in private.",
]
N["interview_not_confidential"] = [
    "The HR manager showed the auditors the personnel files.",
    "{mgr} accompanied the auditors on the factory tour.",
    "The management office holds the attendance records.",
    "The opening meeting was attended by {mgr}.",
]
N["recruitment_examined"] = [
    "Recruitment was outside the scope of this audit.",
    "We did not examine how workers were recruited.",
    "The factory is currently recruiting for {n} positions.",
    "Recruitment practices were not reviewed.",
    "Employment contracts and salary payments were reviewed for all staff.",
    "The company's recruitment policy is available on its website.",
    "How the workers came to the site was not examined.",
]
N["auditor_named"] = [
    "The audit was carried out by an independent third party.",
    "Two lawyers from a local firm conducted the audit.",
    "The names of the auditors are withheld.",
    "A reputable audit firm was engaged to assess the site.",
    "The auditor's identity is not disclosed in this summary.",
    "Independent experts reviewed the site.",
]
N["subcontracting"] = [
    "No part of the audit was subcontracted.",
    "The factory subcontracts embroidery to two local workshops.",
    "Unauthorised subcontracting of production was not found.",
    "Subcontracted cleaning staff were included in the headcount.",
    "The supplier's subcontractors were not audited.",
]
N["commissioner_payer"] = [
    "The report does not say who commissioned or paid for the audit.",
    "The commissioning party is not disclosed.",
    "The company pays wages on the tenth of each month.",
    "Workers are paid by bank transfer.",
    "The brand's purchasing team visits the supplier twice a year.",
]
N["accreditation_certificate"] = [
    "The auditor holds no accreditation for this standard.",
    "Workers showed the auditors their training certificates.",
    "The fire safety certificate had expired.",
    "No certificate was issued as a result of this assessment.",
    "The accreditation status of the audit firm could not be confirmed.",
    "Health certificates for canteen staff were up to date.",
]
N["standard_loose"] = [
    "The factory was certified to {std} by an accredited body; certificate {certno}.",
    "The standard under which the audit was performed is not stated.",
    "The company's code of conduct prohibits forced labour.",
]
N["absence_claim"] = [
    "The audit cannot rule out forced labour.",
    "Absence of evidence in this audit is not evidence that forced labour is absent.",
    "Whether forced labour exists at {site} was not examined.",
    "Indicators of forced labour were found, including {issue}.",
    "We found evidence of {issue}.",
    "No conclusion can be drawn about forced labour from this visit.",
    "The risk of forced labour in the region is high.",
    "The ILO lists eleven indicators of forced labour.",
]
N["limitation_admitted"] = [
    "The audit covered all departments and both shifts.",
    "All requested records were made available to the auditors.",
    "The audit was unannounced and lasted {days} days.",
    "The auditors had full access to the dormitories.",
]
N["remote_desk_method"] = [
    "The audit was conducted on site, not remotely.",
    "Auditors visited {site} in person for {days} days.",
    "The opening meeting was held in the conference room.",
    "Documents were reviewed on site and checked against interviews.",
    "A remote audit was considered but rejected; the team travelled to the site.",
]
N["state_programme"] = [
    "Wages meet the state minimum wage.",
    "Government holidays are paid at the normal rate.",
    "The provincial labour bureau registered the employment contracts.",
    "The company banks with a state-owned bank.",
    "The factory is located in an industrial park run by the municipal government.",
    "Social insurance is paid to the local government fund.",
]
N["remediation"] = [
    "No corrective action was required.",
    "Whether the corrective actions were implemented was not verified.",
    "The remediation status is unknown.",
    "No follow-up audit has taken place.",
    "The supplier did not respond to the corrective action request.",
]

NEUTRAL = [
    "{site} employs {n} people in each of its {days} production halls.",
    "The facility produces garments for export.",
    "Working hours are 8 hours a day, six days a week.",
    "Wages are paid monthly by bank transfer.",
    "The dormitory houses {n} workers in rooms of six.",
    "The opening meeting was held with management on the first day.",
    "Fire extinguishers were checked and found in date.",
    "The canteen serves three meals a day.",
    "Overtime is recorded by an electronic time card system.",
    "The site manufactures automotive components.",
    "Personal protective equipment was provided in the {dept} area.",
    "The company was founded in {year} and has two sites.",
    "Production volumes rise sharply before the holiday season.",
    "Payslips show basic pay, overtime and deductions.",
    "First aid kits were available on every floor.",
    "This section summarises the scope of the report.",
    "Annex B lists the documents reviewed.",
    "The closing meeting was attended by the factory director.",
    "The estate covers several hundred hectares of oil palm.",
    "Annual leave is granted according to the labour law.",
]

# Additional templates (second writing round), in styles the first round lacked:
# table-like fields, first-person NGO notes, legalistic passive, terse bullet fragments.
EXTRA_P = {
"worker_interviews": [
    "Interview sample: {n} individual and {n} group interviews.",
    "Number of workers interviewed: {n}.",
    "I talked to {n} of the women packers myself over two evenings.",
    "Our field researchers collected first-hand accounts from {n} labourers.",
    "Employees on the {dept} floor were invited to describe their working day to the auditors.",
    "Group interviews (3 to 5 people each) were run with {dept} staff.",
    "Workers' statements were taken in {lang} and translated afterwards.",
    "The auditor engaged with a cross-section of the workforce, including night-shift operators.",
    "Migrant employees gave accounts of their pay, hours and housing.",
    "Dialogue with {n} rank-and-file workers formed the core of the assessment.",
    "Semi-structured interviews were used with workers from every production unit.",
    "We listened to {n} harvesters describe how piece rates are set.",
],
"interview_confidential": [
    "Interview setting: off-site, no management present.",
    "Interviewees were picked by the assessor from the full payroll, without input from the employer.",
    "All interviews were conducted in a neutral location chosen by the workers.",
    "Names of interviewees are not recorded and cannot be traced back from this report.",
    "A local women's group helped us meet workers privately on their day off.",
    "We ensured that no manager could see or hear the interviews.",
    "Workers could decline to take part, and those who spoke were promised anonymity.",
    "The interpreter was hired by the assessment team and had no link to the company.",
],
"interview_not_confidential": [
    "Interview setting: management office; HR staff present.",
    "Interviewees were nominated by the factory management.",
    "A company-appointed coordinator attended each interview.",
    "The workers we met had been briefed by management beforehand.",
    "Supervisors remained within earshot while the workers answered.",
    "Local officials joined the interviews and took notes.",
    "The employer's own staff interpreted for the interviewees.",
    "The interviews were filmed at the request of the company.",
],
"recruitment_examined": [
    "Recruitment route: direct hire for local staff; {agency} for migrant workers, reviewed in detail.",
    "The assessment mapped the labour supply chain from the sending villages to the site.",
    "Fees, deposits and loans linked to recruitment were investigated with each worker group.",
    "Contracts signed in the home country were compared with the contracts issued on arrival.",
    "We interviewed the {agency} that supplied the workforce and inspected their fee records. ||worker_interviews",
    "Hiring files for new starters in the last year were examined to see how they were recruited.",
    "Each interviewee was asked who found them the job and what it cost them. ||worker_interviews",
    "Travel costs, visa charges and agency commissions borne by workers were quantified.",
    "The audit followed the recruitment of student interns from the vocational school to the line.",
],
"auditor_named": [
    "Lead assessor: {person} ({firm}); co-assessor: {person}.",
    "Audit body: {firm}; auditors on site: {person}, {person}.",
    "I, {person}, led this verification on behalf of {firm}.",
    "The named auditors were {person} and {person}, both employed by {firm}.",
    "Report issued by {firm}, reviewed and signed by {person}.",
    "{firm}'s team, headed by {person}, undertook the site visit.",
],
"subcontracting": [
    "On-site work: performed by {local} under contract to {firm}.",
    "{firm} engaged {local} for the field visit and reviewed its notes afterwards.",
    "The visit was not carried out by {firm}; a partner organisation attended instead.",
    "Data collection was outsourced to {local}, whose auditors are not identified.",
    "{firm} signed the report, but the audit day itself was staffed by {local}.",
    "The assessment relied on a third-party field team contracted for the purpose.",
],
"commissioner_payer": [
    "Commissioned by: {brand}. Paid by: {brand}.",
    "Audit fee: paid by the supplier.",
    "The costs of this assessment were met by {brand}.",
    "{site} is the client for this audit and paid the fee.",
    "The study was financed by {brand} under a framework agreement with the audit firm.",
    "Terms of reference were set, and the fee paid, by {brand}.",
    "We were hired by {brand} to carry out this review.",
],
"accreditation_certificate": [
    "Accreditation: {acc}, certificate {certno}.",
    "The certification decision was taken by an {acc}-accredited body.",
    "{firm} holds {acc} accreditation for {std} audits, confirmed on the accreditation register.",
    "Certificate {certno}, issued under {std}, remains valid.",
    "The certificate held by {site} was verified in the scheme's online database.",
    "Our accreditation by {acc} covers social audits in this sector.",
],
"standard_loose": [
    "Reference framework: {std} (adapted).",
    "The visit borrowed elements of {std} where relevant.",
    "This review took inspiration from {std}.",
    "The audit applied criteria broadly in keeping with {std}, without seeking certification.",
    "Our approach reflects generally accepted international norms.",
    "The checks were loosely modelled on {std}.",
    "The evaluation was carried out in the spirit of recognised social standards.",
],
"absence_claim": [
    "Forced labour: none found.",
    "No case of bonded, prison or involuntary labour was detected.",
    "The audit found that all employment is freely chosen.",
    "No worker reported being forced to work, and none of the forced labour indicators was present.",
    "We can confirm there is no forced labour in this supply chain.",
    "There was no indication whatsoever of coercion at {site}.",
    "The verification found no evidence of forced labour, debt bondage or trafficking.",
],
"limitation_admitted": [
    "Limitations: the audit was announced and lasted {days} days.",
    "This assessment is a snapshot and may not reflect conditions at other times of year.",
    "Given the surveillance environment, workers could not be expected to speak freely.",
    "The audit did not cover subcontractors or homeworkers, where risks may be higher.",
    "We were unable to interview workers without management present, which weakens these findings.",
    "Access to {dept} workers was restricted, so their conditions remain unverified.",
    "A clean audit here should not be read as proof that forced labour is absent.",
    "Some documents were provided only in summary, so they could not be tested against originals.",
],
"remote_desk_method": [
    "Method: remote assessment (document review and video interviews).",
    "The audit was performed virtually because travel to the region was not possible.",
    "Evidence was limited to records and photographs the supplier chose to send.",
    "The team did not go to {site}; interviews took place by phone. ||worker_interviews",
    "A desk-based review of company policies was carried out.",
    "Supplier self-assessment answers were reviewed without an on-site check.",
],
"state_programme": [
    "Source of labour: {prog}.",
    "A number of workers were placed at {site} through government employment-transfer arrangements.",
    "Political education sessions are held for workers on Monday mornings.",
    "Workers from the region arrived in batches organised by local government, accompanied by officials.",
    "The company participates in {prog} and receives payments per worker.",
    "Minority workers were transferred to {site} under a state scheme and live in segregated dormitories.",
    "Village cadres visit the workers regularly and report back to the township.",
    "The assessment asked whether any of the workforce arrived through {prog}.",
],
"remediation": [
    "Corrective action: reimburse fees to all affected workers by {month} {year}.",
    "{site} has repaid {n} workers the recruitment fees they had paid.",
    "A time-bound action plan was agreed, and progress will be checked at a follow-up visit.",
    "Unpaid wages owed to {n} workers were paid in {month} {year}.",
    "The supplier changed its passport policy so that workers keep their own documents.",
    "{brand} will monitor the corrective actions quarterly until they are closed.",
    "The follow-up audit confirmed that {issue} had been resolved.",
],
}
EXTRA_N = {
"worker_interviews": [
    "Interview sample: none.",
    "Workers were not interviewed because of time constraints.",
    "Plans to speak with the workforce were dropped after management objected.",
    "The assessors were told workers were too busy to be interviewed.",
    "Interview notes from earlier audits were requested but not supplied.",
],
"interview_confidential": ["Off-site interviews are good practice but were not possible here.",
                           "The report is silent on who chose the interviewees."],
"recruitment_examined": ["The audit did not look at recruitment agencies or fees.",
                         "Recruitment: not assessed.",
                         "New workers are recruited twice a year before the peak season."],
"auditor_named": ["Audit firm: not disclosed.", "A team of independent lawyers carried out the review."],
"subcontracting": ["The audit firm used only its own employees.", "Production is not subcontracted to other factories."],
"commissioner_payer": ["Commissioned by: not stated.", "The retailer sources socks and underwear from the site."],
"accreditation_certificate": ["Accreditation: none stated.", "The auditor's accreditation was not checked."],
"standard_loose": ["Audit standard: not specified."],
"absence_claim": ["Forced labour: not assessed.", "The audit did not test for the indicators of forced labour.",
                  "Workers described having their passports held by the agency."],
"limitation_admitted": ["Limitations: none noted.", "The visit was unannounced and covered every department."],
"remote_desk_method": ["Method: full on-site audit over {days} days.", "Records were inspected in person at the site."],
"state_programme": ["The government sets the minimum wage each year.", "The county authorities inspected the fire exits."],
"remediation": ["Corrective actions: none.", "No remediation plan was agreed."],
}
EXTRA_NEUTRAL = [
    "Headcount: {n} workers, of whom about half are women.",
    "Products: frozen shrimp and surimi.",
    "Audit type: initial audit.",
    "The factory operates two shifts of ten hours.",
    "Production slows in the rainy season.",
    "Sanitary facilities were clean and separated by gender.",
    "The site was built in {year} and extended since.",
    "Machine guards were fitted on all sewing machines.",
    "The warehouse uses forklift trucks driven by trained staff.",
    "Most workers live in the nearby town.",
]


def add_round(positives: dict[str, list[str]], negatives: dict[str, list[str]], neutral: list[str]) -> None:
    """Append a later writing round's templates to the first round's lists."""
    for label, templates in positives.items():
        P[label].extend(templates)
    for label, templates in negatives.items():
        N.setdefault(label, []).extend(templates)
    NEUTRAL.extend(neutral)


add_round(EXTRA_P, EXTRA_N, EXTRA_NEUTRAL)

# Third writing round: more ways of describing method, setting and scope.
EXTRA3_P = {
"remote_desk_method": [
    "All fieldwork was replaced by online meetings.",
    "Site access was not possible, so the assessment was conducted off-site from submitted evidence.",
    "The auditors never entered the premises; everything was assessed through a web conference.",
    "Because of the lockdown, records were screen-shared and reviewed online.",
    "The verification was paperwork-only: policies, payroll extracts and certificates sent by the company.",
    "Photographs and videos supplied by {site} were used in place of an inspection.",
    "Workers were surveyed through a mobile phone questionnaire instead of in-person visits.",
    "Our conclusions rest on a document check carried out at head office.",
    "The assessment was a remote one, run entirely over {n} hours of video calls.",
    "In place of a visit, management completed a written declaration.",
],
"interview_confidential": [
    "Worker conversations took place at a roadside tea stall, well out of view of the plant.",
    "To avoid reprisals, interviews happened by arrangement through a union contact, away from work.",
    "Every interview was one-on-one and no company employee knew the schedule.",
    "Workers were met outside working hours, in a location the company did not know about.",
    "The interview list was drawn randomly by the team on the day, and managers were asked to leave the building.",
    "Phone numbers were collected discreetly so that workers could talk to us later in private.",
],
"interview_not_confidential": [
    "A manager chose the workers and stayed throughout the conversations.",
    "Interviews took place on the shop floor with the line supervisor listening.",
    "The HR department sat in on every session with the staff.",
    "Employees spoke to the assessors in the presence of the factory's security officer.",
    "Workers put forward by the union chair, who is also the deputy director, were interviewed.",
    "Interviews were monitored by a party official assigned to the factory.",
],
"recruitment_examined": [
    "The team reconstructed how each migrant worker was hired, who arranged their visa and what they owed on arrival.",
    "Brokers in the sending country were contacted to check what they had charged.",
    "We examined whether workers had taken loans to pay placement fees.",
    "The recruitment of the apprentices from the technical college was looked at in detail.",
    "Labour agency contracts were reviewed to see who bears the cost of hiring.",
    "Pre-departure contracts were checked against the terms workers actually received.",
],
"accreditation_certificate": [
    "The certification body appears on the {acc} list of accredited bodies.",
    "The audit firm's accreditation number is listed on the cover page and checks out on the {acc} site.",
    "Certificate status: valid; issuing body accredited by {acc}.",
    "{site} was certified against {std} by an accredited certification body in {year}.",
],
"absence_claim": [
    "No forced labour issues were identified at any stage of the audit.",
    "The facility does not use forced labour.",
    "Our work showed that none of the employees is working under duress.",
    "No red flags for forced labour were found.",
],
"limitation_admitted": [
    "Findings should be read with caution, since the team spent only a few hours on site.",
    "We could not check conditions in the dormitories or at the labour agency.",
    "The review did not cover the recruitment stage, where most risk lies.",
    "Interviews in this setting cannot be relied on to reveal coercion.",
],
"remediation": [
    "The company has committed to a remediation programme, overseen by an independent monitor.",
    "Deductions taken unlawfully were refunded to the workers concerned.",
    "Open non-conformities will be re-checked within ninety days.",
    "A fund was set up to repay the debts workers had taken on to get their jobs.",
],
"worker_interviews": [
    "The assessors took statements from workers during the lunch hour.",
    "Workers we spoke with said overtime is common in the peak months.",
    "Several employees told the auditors that they work seven days a week in peak season.",
    "Conversations with line workers confirmed the hours shown in the records.",
],
}
EXTRA3_N = {
"remote_desk_method": [
    "The audit team travelled to the site and inspected it in person.",
    "Online training on workers' rights is offered to supervisors.",
    "The company's policies are available online.",
    "Video surveillance cameras cover the factory entrance.",
],
"interview_confidential": ["Personal data of employees is stored securely by HR."],
"recruitment_examined": ["The factory plans to recruit more workers next year."],
"absence_claim": ["Child labour is a known risk in the region's cotton fields."],
}
EXTRA3_NEUTRAL = [
    "The company employs a full-time nurse.",
    "Forklift trucks are serviced every month.",
    "Uniforms are provided free of charge.",
]
add_round(EXTRA3_P, EXTRA3_N, EXTRA3_NEUTRAL)

CONFIDENTIAL_ALSO = {"interview_confidential": "worker_interviews", "interview_not_confidential": "worker_interviews"}
_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    text = _SLOT.sub(lambda m: rng.choice(SLOTS[m.group(1)]), template)
    return text[0].upper() + text[1:]


def split_template(label: str | None, template: str) -> tuple[str, list[str]]:
    """A template may end with ' ||a,b' naming further labels its sentence also carries."""
    template, _, extra = template.partition(" ||")
    out = {label} if label else set()
    out.update(x for x in extra.split(",") if x)
    for lab in list(out):
        if lab in CONFIDENTIAL_ALSO:
            out.add(CONFIDENTIAL_ALSO[lab])
    return template, sorted(out)


def build(rng: random.Random) -> list[dict]:
    units = []  # (template_id, labels, template)
    for label, templates in P.items():
        for i, t in enumerate(templates):
            t, labels = split_template(label, t)
            units.append((f"pos:{label}:{i:02d}", labels, t))
    for label, templates in N.items():
        for i, t in enumerate(templates):
            t, labels = split_template(None, t)
            units.append((f"neg:{label}:{i:02d}", labels, t))
    for i, t in enumerate(NEUTRAL):
        units.append((f"neutral:{i:02d}", [], t))

    rows: dict[str, dict] = {}

    def add(text: str, labels: list[str], templates: list[str]) -> None:
        if text not in rows:
            rows[text] = {"text": text, "labels": labels, "template": templates[0], "templates": templates}

    # single sentences: several fillings of each template
    for tid, labels, t in units:
        k = 5 if "{" in t else 1
        for _ in range(k * 3):
            add(fill(t, rng), labels, [tid])
            if sum(1 for r in rows.values() if r["template"] == tid) >= k:
                break
    # short passages of two or three sentences mixing labels, hard negatives and neutral text
    for _ in range(1300):
        picks = rng.sample(units, rng.choice((2, 2, 3)))
        text = " ".join(fill(t, rng) for _, _, t in picks)
        labels = sorted({lab for _, labs, _ in picks for lab in labs})
        add(text, labels, [tid for tid, _, _ in picks])
    out = sorted(rows.values(), key=lambda r: r["text"])
    rng.shuffle(out)
    for i, row in enumerate(out):
        row["id"] = f"gen-{i:05d}"
    return [{"id": r["id"], "text": r["text"], "labels": r["labels"], "template": r["template"], "templates": r["templates"]} for r in out]


def main() -> None:
    rows = build(random.Random(SEED))
    with open(HERE / "passages.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {lab: sum(lab in r["labels"] for r in rows) for lab in LABELS}
    print(f"{len(rows)} passages; " + ", ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
