# The GitHub OIDC provider and the two automation roles of scv-external-id-action, as the README's
# "Permissions" section describes them (the same as github-oidc-roles.cfn.yaml):
#   - github-scv-apply: apply / disable from the protected environment (writes trust policies);
#   - github-scv-plan: plan on pull requests, check on the default branch (drift check; reads only).
# Needs the hashicorp/aws provider (5.x or later). Copy into your configuration and set the variables.

variable "repository" {
  description = "The GitHub repository (owner/name) whose workflows run the action"
  type        = string
}

variable "apply_environment" {
  description = "The GitHub environment of the apply job (protect it with required reviewers)"
  type        = string
  default     = "production"
}

variable "default_branch" {
  description = "The branch whose scheduled drift check uses the plan role"
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
      values   = ["repo:${var.repository}:environment:${var.apply_environment}"]
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
        "repo:${var.repository}:pull_request",
        "repo:${var.repository}:ref:refs/heads/${var.default_branch}",
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

data "aws_iam_policy_document" "plan" {
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
  description        = "scv-external-id-action plan and check (GitHub OIDC, pull requests; read only)"
  assume_role_policy = data.aws_iam_policy_document.plan_trust.json
  depends_on         = [aws_iam_openid_connect_provider.github]
}

resource "aws_iam_role_policy" "plan" {
  name   = "scv-external-id-read"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.plan.json
}

output "apply_role_arn" {
  description = "role-to-assume of the apply job"
  value       = aws_iam_role.apply.arn
}

output "plan_role_arn" {
  description = "role-to-assume of the plan and check jobs"
  value       = aws_iam_role.plan.arn
}
