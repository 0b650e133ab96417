package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func main() {
	creds := credentials.NewStaticCredentialsProvider("AKIAZ7WQ4TNX3LRP5KVM", "b7Yq2Lk9Vz4Xw1Nc8Rt5Gh3Jm6Pa0Sd2Fe7Ui9Oq", "") // LABEL: CWE-798
	client := s3.New(s3.Options{Region: "eu-west-1", Credentials: aws.NewCredentialsCache(creds)})
	f, err := os.Open("report.csv")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	_, err = client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String("acme-reports"), Key: aws.String("daily/report.csv"), Body: f})
	if err != nil {
		log.Fatal(err)
	}
}
