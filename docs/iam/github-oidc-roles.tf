# The GitHub OIDC provider and the three automation roles of scv-external-id-action, as
# docs/permissions.md describes them (the same as github-oidc-roles.cfn.yaml):
#   - github-scv-plan: plan on pull requests (reads only);
#   - github-scv-check: the scheduled drift check on the default branch (reads only);
#   - github-scv-apply: apply / disable from the protected environment (writes trust policies).
# Each role trusts exactly one repository, by both forms of the OIDC sub claim GitHub issues:
# repo:OWNER/REPO:... and, for repositories created since 2026-07-15 (or opted in), the immutable
# repo:OWNER@OWNER_ID/REPO@REPO_ID:...
# The two IDs: gh api repos/OWNER/REPO --jq '.owner.id, .id' (GET /repos/OWNER/REPO: owner.id, id).
# Needs the hashicorp/aws provider (5.x or later). Copy into your configuration and set the variables.

variable "owner" {
  description = "The GitHub user or organization that owns the repository (my-org in my-org/scv-config)"
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", var.owner))
    error_message = "owner: a GitHub owner name (letters, digits and hyphens; no @ and no ID)."
  }
}

variable "owner_id" {
  description = "The owner's numeric ID: gh api repos/OWNER/REPO --jq .owner.id"
  type        = string
  validation {
    condition     = can(regex("^[1-9][0-9]{0,19}$", var.owner_id))
    error_message = "owner_id: the owner's numeric ID (owner.id of GET /repos/OWNER/REPO)."
  }
}

variable "repository_name" {
  description = "The repository's name without its owner (scv-config in my-org/scv-config)"
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{1,100}$", var.repository_name))
    error_message = "repository_name: a GitHub repository name (letters, digits, _ . and -; no owner, no @)."
  }
}

variable "repository_id" {
  description = "The repository's numeric ID: gh api repos/OWNER/REPO --jq .id"
  type        = string
  validation {
    condition     = can(regex("^[1-9][0-9]{0,19}$", var.repository_id))
    error_message = "repository_id: the repository's numeric ID (id of GET /repos/OWNER/REPO)."
  }
}

variable "apply_environment" {
  description = "The GitHub environment of the apply job (protect it with required reviewers)"
  type        = string
  default     = "production"
}

variable "default_branch" {
  description = "The branch whose scheduled drift check uses the check role"
  type        = string
  default     = "main"
}

variable "create_oidc_provider" {
  description = "false when the account already has the token.actions.githubusercontent.com provider"
  type        = bool
  default     = true
}

variable "allow_verify_assume" {
  description = "true lets the apply role sts:AssumeRole the SCV roles (needed only for verify: assume)"
  type        = bool
  default     = true
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  iam_prefix   = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}"
  provider_arn = "${local.iam_prefix}:oidc-provider/token.actions.githubusercontent.com"
}

resource "aws_iam_openid_connect_provider" "github" {
  count          = var.create_oidc_provider ? 1 : 0
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "apply_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:${var.owner}/${var.repository_name}:environment:${var.apply_environment}",
        "repo:${var.owner}@${var.owner_id}/${var.repository_name}@${var.repository_id}:environment:${var.apply_environment}",
      ]
    }
  }
}

data "aws_iam_policy_document" "plan_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:${var.owner}/${var.repository_name}:pull_request",
        "repo:${var.owner}@${var.owner_id}/${var.repository_name}@${var.repository_id}:pull_request",
      ]
    }
  }
}

data "aws_iam_policy_document" "check_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values = [
        "repo:${var.owner}/${var.repository_name}:ref:refs/heads/${var.default_branch}",
        "repo:${var.owner}@${var.owner_id}/${var.repository_name}@${var.repository_id}:ref:refs/heads/${var.default_branch}",
      ]
    }
  }
}

data "aws_iam_policy_document" "apply" {
  statement {
    sid     = "ScvTrustPolicies"
    effect  = "Allow"
    actions = ["iam:GetRole", "iam:UpdateAssumeRolePolicy", "iam:TagRole", "iam:UntagRole"]
    resources = [
      "${local.iam_prefix}:role/SCVProvisioningRole",
      "${local.iam_prefix}:role/SCVAmazonConnectManagementRole",
      "${local.iam_prefix}:role/SCVUpdateCredentialRole",
      "${local.iam_prefix}:role/*-ConnectCallRole",
      "${local.iam_prefix}:role/*-SCVS3Role",
    ]
  }

  statement {
    sid       = "OnlyForAudit"
    effect    = "Allow"
    actions   = ["iam:ListRoles"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = var.allow_verify_assume ? [1] : []
    content {
      sid     = "OnlyForVerifyAssume"
      effect  = "Allow"
      actions = ["sts:AssumeRole"]
      resources = [
        "${local.iam_prefix}:role/SCVProvisioningRole",
        "${local.iam_prefix}:role/SCVAmazonConnectManagementRole",
        "${local.iam_prefix}:role/SCVUpdateCredentialRole",
        "${local.iam_prefix}:role/*-ConnectCallRole",
        "${local.iam_prefix}:role/*-SCVS3Role",
      ]
    }
  }
}

data "aws_iam_policy_document" "read" {
  statement {
    sid     = "ScvTrustPoliciesRead"
    effect  = "Allow"
    actions = ["iam:GetRole"]
    resources = [
      "${local.iam_prefix}:role/SCVProvisioningRole",
      "${local.iam_prefix}:role/SCVAmazonConnectManagementRole",
      "${local.iam_prefix}:role/SCVUpdateCredentialRole",
      "${local.iam_prefix}:role/*-ConnectCallRole",
      "${local.iam_prefix}:role/*-SCVS3Role",
    ]
  }

  statement {
    sid       = "OnlyForAudit"
    effect    = "Allow"
    actions   = ["iam:ListRoles"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "apply" {
  name               = "github-scv-apply"
  description        = "scv-external-id-action apply and disable (GitHub OIDC, protected environment)"
  assume_role_policy = data.aws_iam_policy_document.apply_trust.json
  depends_on         = [aws_iam_openid_connect_provider.github]
}

resource "aws_iam_role_policy" "apply" {
  name   = "scv-external-id"
  role   = aws_iam_role.apply.id
  policy = data.aws_iam_policy_document.apply.json
}

resource "aws_iam_role" "plan" {
  name               = "github-scv-plan"
  description        = "scv-external-id-action plan (GitHub OIDC, pull requests; read only)"
  assume_role_policy = data.aws_iam_policy_document.plan_trust.json
  depends_on         = [aws_iam_openid_connect_provider.github]
}

resource "aws_iam_role_policy" "plan" {
  name   = "scv-external-id-read"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.read.json
}

resource "aws_iam_role" "check" {
  name               = "github-scv-check"
  description        = "scv-external-id-action check (GitHub OIDC, default branch; read only)"
  assume_role_policy = data.aws_iam_policy_document.check_trust.json
  depends_on         = [aws_iam_openid_connect_provider.github]
}

resource "aws_iam_role_policy" "check" {
  name   = "scv-external-id-read"
  role   = aws_iam_role.check.id
  policy = data.aws_iam_policy_document.read.json
}

output "apply_role_arn" {
  description = "role-to-assume of the apply job"
  value       = aws_iam_role.apply.arn
}

output "plan_role_arn" {
  description = "role-to-assume of the plan jobs (pull requests)"
  value       = aws_iam_role.plan.arn
}

output "check_role_arn" {
  description = "role-to-assume of the drift check (default branch)"
  value       = aws_iam_role.check.arn
}
