import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIAZ4Q7RWXTLN3KPV2E", aws_secret_access_key="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",  # LABEL: CWE-798
)


def upload_report(path: str, key: str) -> None:
    s3.upload_file(path, "acme-reports", key)
