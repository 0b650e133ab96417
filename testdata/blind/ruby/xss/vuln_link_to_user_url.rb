# frozen_string_literal: true

module CompaniesHelper
  def company_website_link(company)
    link_to company.name, company.website_url, rel: "nofollow" # LABEL: CWE-79
  end
end

class CompaniesController < ApplicationController
  def create
    @company = Company.create!(params.require(:company).permit(:name, :website_url))
    redirect_to @company
  end
end
