class PrintJobsController < ApplicationController
  PRINTERS = %w[front-desk warehouse-1 warehouse-2].freeze

  def create
    printer = PRINTERS.include?(params[:printer]) ? params[:printer] : PRINTERS.first
    file = Rails.root.join("tmp", "label.pdf").to_s
    system("lp -d #{printer} #{file}")
    head :accepted
  end
end
