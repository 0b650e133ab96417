class PrintJobsController < ApplicationController
  RUNNER = Kernel.method(:system)

  def create
    printer = params[:printer]
    file = Rails.root.join("tmp", "label.pdf").to_s
    RUNNER.call("lp -d #{printer} #{file}") # LABEL: CWE-78
    head :accepted
  end
end
